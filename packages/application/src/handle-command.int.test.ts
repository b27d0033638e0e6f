import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishSeedFrameworks } from './frameworks/seed-frameworks';
import { StaffCommand, StreamId, VacancyCommand, type ActorRef } from '@ladder/domain';
import { command } from '@ladder/domain/testing';
import {
  ExpectedRevision,
  getSqliteEventStore,
  type EventStore,
  type RecordedEvent,
} from '@ladder/event-store';
import { aggregates } from './aggregates';
import { handleCommand } from './handle-command';

const hr = { id: 'hr-1', role: 'hr-admin' } as ActorRef;
const meta = { correlationId: 'corr-1', causationId: null };
const fw1 = StreamId.staff('fw-1');
const join_ = command(
  StaffCommand,
  'JoinStaff',
  {
    staffId: 'fw-1',
    jobFamily: 'family-worker',
    grade: 'L1',
    team: 'early-help-north',
    zone: 'north',
    contractedHours: 37,
    joinedOn: '2021-04-01',
  },
  { actor: hr },
);
const pdr = (period: string) =>
  command(
    StaffCommand,
    'RecordPdr',
    {
      period,
      outcome: 'positive',
      reviewedOn: `${period}-03-31`,
      reviewerId: 'tm-1',
      reviewerRole: 'team-manager',
    },
    { actor: hr },
  );

const readAll = async (store: EventStore, stream: string): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const e of store.readStream(stream)) out.push(e);
  return out;
};

describe('handleCommand against a real SQLite store', () => {
  let dir: string;
  let store: EventStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-app-'));
    store = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
    // Every Ladder start publishes the seed career frameworks: the ladders commands are judged on.
    await publishSeedFrameworks(store, new Date());
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the decided events with the envelope: actor from the command, effectiveAt from the fact', async () => {
    const result = await handleCommand(store, aggregates.staff, fw1, join_, {
      ...meta,
      reason: 'new starter',
    });
    expect(E.isRight(result)).toBe(true);
    const [joined] = await readAll(store, 'staff-fw-1');
    expect(joined).toMatchObject({
      type: 'StaffJoined',
      actor: { id: 'hr-1', role: 'hr-admin' },
      effectiveAt: '2021-04-01T00:00:00.000Z',
      reason: 'new starter',
      correlationId: 'corr-1',
      causationId: null,
      revision: 0n,
    });
  });

  it('a retry with the same command id returns the first answer and writes nothing', async () => {
    await handleCommand(store, aggregates.staff, fw1, join_, meta);
    const first = await handleCommand(store, aggregates.staff, fw1, pdr('2023'), {
      ...meta,
      commandId: 'key-1',
    });
    const again = await handleCommand(store, aggregates.staff, fw1, pdr('2023'), {
      ...meta,
      commandId: 'key-1',
    });
    expect(E.isRight(first) && E.isRight(again)).toBe(true);
    if (E.isLeft(first) || E.isLeft(again)) return;
    expect(again.right.replayed).toBe(true);
    expect(again.right.events.map((e) => e.eventId)).toEqual(
      first.right.events.map((e) => e.eventId),
    );
    expect(again.right.revision).toBe(first.right.revision);
    expect(await readAll(store, 'staff-fw-1')).toHaveLength(2);
  });

  it('refuses a rule violation with the domain error and writes nothing', async () => {
    await handleCommand(store, aggregates.staff, fw1, join_, meta);
    await handleCommand(store, aggregates.staff, fw1, pdr('2023'), meta);
    const duplicate = await handleCommand(store, aggregates.staff, fw1, pdr('2023'), meta);
    expect(duplicate).toMatchObject({
      _tag: 'Left',
      left: { kind: 'domain', error: { code: 'DuplicatePdrForPeriod' } },
    });
    expect(await readAll(store, 'staff-fw-1')).toHaveLength(2);
  });

  it('a stale If-Match is a conflict carrying the actual revision; nothing is written', async () => {
    await handleCommand(store, aggregates.staff, fw1, join_, meta);
    await handleCommand(store, aggregates.staff, fw1, pdr('2022'), meta);
    const stale = await handleCommand(store, aggregates.staff, fw1, pdr('2023'), {
      ...meta,
      expectedRevision: ExpectedRevision.exact(0n),
    });
    expect(stale).toMatchObject({
      _tag: 'Left',
      left: { kind: 'stale', error: { code: 'WrongExpectedRevision', actual: 1n } },
    });
    expect(await readAll(store, 'staff-fw-1')).toHaveLength(2);
  });

  it('without If-Match, racing writers both land: the loser re-reads and decides again', async () => {
    await handleCommand(store, aggregates.staff, fw1, join_, meta);
    const results = await Promise.all(
      ['2019', '2020', '2021', '2022', '2023'].map((p) =>
        handleCommand(store, aggregates.staff, fw1, pdr(p), meta),
      ),
    );
    expect(results.every(E.isRight)).toBe(true);
    const revisions = (await readAll(store, 'staff-fw-1')).map((e) => e.revision);
    expect(revisions).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
  });

  it('writes time-ordered ids: the millisecond of handling first, whatever the command id', async () => {
    const before = Date.now();
    const steps = [
      { command: join_, commandId: 'zz-last-by-name' },
      { command: pdr('2023'), commandId: 'aa-first-by-name' },
      { command: pdr('2024'), commandId: undefined },
    ];
    const ids: string[] = [];
    for (const step of steps) {
      const written = await handleCommand(
        store,
        aggregates.staff,
        fw1,
        step.command,
        step.commandId === undefined ? meta : { ...meta, commandId: step.commandId },
      );
      if (E.isLeft(written)) throw new Error(JSON.stringify(written.left));
      ids.push(...written.right.events.map((e) => e.eventId));
    }
    // UUIDv8 when derived from a command id, v7 without one.
    expect(ids.map((id) => id.charAt(14))).toEqual(['8', '8', '7']);
    const handledAt = ids.map((id) => parseInt(id.replace(/-/g, '').slice(0, 12), 16));
    expect(handledAt[0]).toBeGreaterThanOrEqual(before);
    expect(handledAt).toEqual([...handledAt].sort((a, b) => a - b));
  });

  it('a vacancy is filled once', async () => {
    const v = StreamId.vacancy('v-1');
    const open = command(
      VacancyCommand,
      'OpenVacancy',
      {
        vacancyId: 'v-1',
        jobFamily: 'family-worker',
        grade: 'L2',
        serviceArea: 'childrens-services',
        team: 't',
        zone: 'z',
        openedOn: '2024-01-01',
      },
      { actor: hr },
    );
    const fill = (staffId: string) =>
      command(VacancyCommand, 'FillVacancy', { staffId, filledOn: '2024-02-01' }, { actor: hr });
    await handleCommand(store, aggregates.vacancy, v, open, meta);
    expect(E.isRight(await handleCommand(store, aggregates.vacancy, v, fill('fw-1'), meta))).toBe(
      true,
    );
    const second = await handleCommand(store, aggregates.vacancy, v, fill('fw-2'), meta);
    expect(second).toMatchObject({
      _tag: 'Left',
      left: { kind: 'domain', error: { code: 'VacancyAlreadyFilled' } },
    });
  });
});
