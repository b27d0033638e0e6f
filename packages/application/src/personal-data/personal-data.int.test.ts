import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import {
  defaultRetentionSchedule,
  NonEmptyString,
  staffCommands,
  type IsoDate,
} from '@ladder/domain';
import { isoDateTime } from '@ladder/domain/testing';
import { startStandin } from '@ladder/esdb-standin';
import {
  getSqliteEventStore,
  openEventStore,
  personalPartOf,
  type RecordedEvent,
} from '@ladder/event-store';
import { askedBy, body, hr, joining, managerNamed } from '../../test/world';
import { publishSeedFrameworks } from '../frameworks/seed-frameworks';
import { readWholeStream } from '../handle-command';
import { joinStaff, recordStaffFact } from '../use-cases/staff';
import { approveErasure, onPerson, reapplyErasures, requestErasure } from './erasure';
import { openLadderStore } from './open-store';
import { retentionDryRun, runRetention } from './retention';
import { subjectAccess } from './subject-access';

// The use cases over the real SQLite store and key file: sealing, the two-person erasure,
// the retention job's dry run against its run, and subject access.

const hr2 = { ...hr, id: 'hr-2' } as typeof hr;
const id = (s: string) => {
  const decoded = NonEmptyString.decode(s);
  if (E.isLeft(decoded)) throw new TypeError(`not an id: ${s}`);
  return decoded.right;
};

/** Where the log lives: the embedded SQLite file, or EventStoreDB (its stand-in, over gRPC). */
type Backend = 'SQLite' | 'the EventStoreDB adapter (stand-in)';
const backends: readonly Backend[] = ['SQLite', 'the EventStoreDB adapter (stand-in)'];

/** The log and the key file, and every byte they hold (the log's as the store keeps it). */
const openBackend = async (backend: Backend, dir: string) => {
  const keysFile = join(dir, 'keys.sqlite');
  if (backend === 'SQLite') {
    const ladder = openLadderStore(join(dir, 'events.sqlite'), keysFile);
    return { ladder, stored: () => Promise.resolve(''), stop: () => Promise.resolve() };
  }
  const standin = await startStandin({ mode: 'batch-append' });
  const ladder = openLadderStore(standin.connectionString, keysFile);
  // What an EventStoreDB node would hold: every event as stored, read past the sealing.
  const stored = async () => {
    const bare = openEventStore(standin.connectionString);
    const all: unknown[] = [];
    for await (const event of bare.readAll()) all.push(event.data);
    await bare.close();
    // A test that cannot fail proves nothing: the bare read must see the log.
    expect(all.length).toBeGreaterThan(0);
    return JSON.stringify(all);
  };
  return { ladder, stored, stop: () => standin.stop() };
};

const world = async (backend: Backend) => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-personal-'));
  const { ladder, stored, stop } = await openBackend(backend, dir);
  const ctx = { store: ladder.store, keys: ladder.keys };
  await publishSeedFrameworks(ladder.store, new Date());
  const ok = (result: E.Either<unknown, unknown>) => {
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  };
  ok(
    await joinStaff(
      ladder.store,
      body(staffCommands, 'JoinStaff', {
        ...joining('fw-1'),
        personal: { name: 'Ngozi Quartermaine', dateOfBirth: '1979-05-17' },
      }),
      askedBy(hr),
    ),
  );
  ok(
    await recordStaffFact(
      ladder.store,
      'fw-1',
      'RecordDbsCheck',
      body(staffCommands, 'RecordDbsCheck', {
        level: 'enhanced-barred',
        checkedOn: '2025-01-15',
        updateService: false,
        personal: { certificateNumber: '001987654321' },
      }),
      askedBy(hr),
    ),
  );
  const bytes = async () =>
    readdirSync(dir)
      .map((f) => readFileSync(join(dir, f)).toString('latin1'))
      .join('') + (await stored());
  const close = async () => {
    await ladder.store.close();
    await stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { ctx, bytes, close };
};

const personalOf = (events: readonly RecordedEvent[]) => events.map((e) => personalPartOf(e.data));

describe.each(backends)('personal data on %s', (backend) => {
  it('is stored sealed, erased by two people, and the erasure holds no personal data', async () => {
    const { ctx, bytes, close } = await world(backend);
    try {
      expect(await bytes()).not.toContain('Ngozi Quartermaine');
      expect(await bytes()).not.toContain('001987654321');
      const before = await readWholeStream(ctx.store, 'staff-fw-1');
      expect(personalOf(before)[0]).toEqual({
        name: 'Ngozi Quartermaine',
        dateOfBirth: '1979-05-17',
      });

      expect(E.isRight(await requestErasure(ctx, id('fw-1'), id('r-1'), askedBy(hr)))).toBe(true);
      const own = await approveErasure(ctx, id('fw-1'), id('r-1'), askedBy(hr));
      expect(own).toMatchObject({
        left: { kind: 'domain', error: { code: 'ApproverIsRequester' } },
      });
      const erased = await approveErasure(ctx, id('fw-1'), id('r-1'), askedBy(hr2));
      if (E.isLeft(erased)) throw new Error(JSON.stringify(erased.left));
      expect(erased.right).toMatchObject({ keysDestroyed: 2, clearTextEventIds: [] });
      const after = await readWholeStream(ctx.store, 'staff-fw-1');
      expect(personalOf(after).filter((p) => p !== null)).toEqual([
        { erased: true, erasedAt: expect.stringMatching(/^20/) as string },
        { erased: true, erasedAt: expect.stringMatching(/^20/) as string },
      ]);
      // Facts are untouched; the erasure record names ids, roles and dates only.
      expect(after.map((e) => e.type)).toEqual(before.map((e) => e.type));
      const record = await readWholeStream(ctx.store, 'personal-fw-1');
      expect(JSON.stringify(record.map((e) => e.data))).not.toMatch(
        /Ngozi|1979-05-17|001987654321/,
      );
      expect(record.map((e) => e.type)).toEqual([
        'PersonalDataErasureRequested',
        'PersonalDataErased',
      ]);
    } finally {
      await close();
    }
  });

  it('an erasure recorded before a crash let it destroy the keys is finished at the next start', async () => {
    const { ctx, close } = await world(backend);
    try {
      // The record written, the keys not yet destroyed: as if the process died in between.
      const recorded = await onPerson(
        ctx.store,
        'fw-1',
        'ErasePersonalDataByRetention',
        { staffId: id('fw-1'), rule: id('hr-record-after-leaving'), scope: 'person' },
        askedBy(hr),
      );
      expect(E.isRight(recorded)).toBe(true);
      expect(personalOf(await readWholeStream(ctx.store, 'staff-fw-1'))[0]).toMatchObject({
        name: 'Ngozi Quartermaine',
      });
      expect(await reapplyErasures(ctx)).toBe(2);
      expect(personalOf(await readWholeStream(ctx.store, 'staff-fw-1'))[0]).toMatchObject({
        erased: true,
      });
      expect(await reapplyErasures(ctx)).toBe(0);
    } finally {
      await close();
    }
  });

  it.runIf(backend === 'SQLite')(
    'an erasure names the events written in clear before sealing, which it cannot shred',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ladder-personal-clear-'));
      try {
        // Wave-1 data: written straight to the store file, its personal part in clear.
        const bare = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
        await publishSeedFrameworks(bare, new Date());
        const joined = await joinStaff(
          bare,
          body(staffCommands, 'JoinStaff', {
            ...joining('fw-9'),
            personal: { name: 'Old Record' },
          }),
          askedBy(hr),
        );
        if (E.isLeft(joined)) throw new Error(JSON.stringify(joined.left));
        await bare.close();
        const ladder = openLadderStore(join(dir, 'events.sqlite'), join(dir, 'keys.sqlite'));
        const ctx = { store: ladder.store, keys: ladder.keys };
        await requestErasure(ctx, id('fw-9'), id('r-9'), askedBy(hr));
        const erased = await approveErasure(ctx, id('fw-9'), id('r-9'), askedBy(hr2));
        if (E.isLeft(erased)) throw new Error(JSON.stringify(erased.left));
        expect(erased.right.clearTextEventIds).toEqual(joined.right.events.map((e) => e.eventId));
        expect(erased.right.keysDestroyed).toBe(0);
        // Said plainly: the old record is still readable, and the erasure record names it.
        expect(personalOf(await readWholeStream(ctx.store, 'staff-fw-9'))[0]).toEqual({
          name: 'Old Record',
        });
        const [, record] = await readWholeStream(ctx.store, 'personal-fw-9');
        expect(record?.data).toMatchObject({ clearTextEventIds: erased.right.clearTextEventIds });
        await ladder.store.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('subject access lists every event of the person, with who recorded it and why', async () => {
    const { ctx, close } = await world(backend);
    try {
      const by = { actor: hr, at: isoDateTime(new Date().toISOString()) };
      const exported = await subjectAccess(ctx, 'fw-1', by);
      if (E.isLeft(exported)) throw new Error('no export');
      const own = await readWholeStream(ctx.store, 'staff-fw-1');
      expect(exported.right.records.map((r) => r.eventId)).toEqual(own.map((e) => e.eventId));
      expect(exported.right.records[0]).toMatchObject({
        type: 'StaffJoined',
        recordedBy: hr,
        personal: { name: 'Ngozi Quartermaine' },
      });
      expect(exported.right.keys.map((k) => k.keyId)).toHaveLength(2);
    } finally {
      await close();
    }
  });

  it('the retention job’s dry run lists exactly what its run erases', async () => {
    const { ctx, close } = await world(backend);
    try {
      await recordStaffFact(
        ctx.store,
        'fw-1',
        'RecordLeaving',
        body(staffCommands, 'RecordLeaving', { leftOn: '2026-03-31' }),
        askedBy(managerNamed('m-1')),
      );
      const today = '2026-12-02' as IsoDate;
      const dry = await retentionDryRun(ctx.store, defaultRetentionSchedule, today);
      expect(dry.map((d) => [d.staffId, d.rule, d.scope])).toEqual([
        ['fw-1', 'dbs-certificate-after-check', 'records'],
      ]);
      const ran = await runRetention(ctx, defaultRetentionSchedule, today, askedBy(hr));
      if (E.isLeft(ran)) throw new Error(JSON.stringify(ran.left));
      expect(ran.right.map(({ keysDestroyed: _k, clearTextEventIds: _c, ...due }) => due)).toEqual(
        dry,
      );
      expect(ran.right[0]?.keysDestroyed).toBe(1);
      const [joined, dbs] = personalOf(await readWholeStream(ctx.store, 'staff-fw-1'));
      expect(joined).toMatchObject({ name: 'Ngozi Quartermaine' });
      expect(dbs).toMatchObject({ erased: true });
      // Done is done: the next dry run lists nothing.
      expect(await retentionDryRun(ctx.store, defaultRetentionSchedule, today)).toEqual([]);
    } finally {
      await close();
    }
  });
});
