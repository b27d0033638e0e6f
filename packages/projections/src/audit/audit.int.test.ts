import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { getSqliteEventStore, type NewEvent } from '@ladder/event-store';
import { anEvent } from '../../test/events';
import { createGeneration, namer } from '../runner/generations';
import { openReadModels } from '../runner/read-model-db';
import { startRunner } from '../runner/runner';
import { GENESIS, chainHash } from './hash-chain';
import { AUDIT_EVENT, auditTrailProjection } from './projection';
import { auditEntry, auditTrail } from './queries';
import { verifyAuditChain } from './verify';

const setup = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-audit-'));
  const storePath = join(dir, 'events.db');
  const store = getSqliteEventStore({ path: storePath });
  const db = openReadModels(join(dir, 'read.db'));
  const joined = anEvent('StaffJoined', { staffId: 's1', personal: { name: 'Alex' } });
  await store.append('staff-s1', [joined, anEvent('PdrRecorded', { period: '2024-25' })]);
  await store.append('staff-s2', [anEvent('StaffJoined', { staffId: 's2' })]);
  await store.append('regrade-c1', [anEvent('RegradeRequested', { caseId: 'c1', staffId: 's1' })]);
  await store.append('regrade-c1', [
    { ...anEvent('RegradeApproved', {}), actor: { id: 'mgr-9', role: 'manager' } },
  ]);
  const pdr = (await auditTrailOf(db, store, 's1'))[1];
  return { storePath, store, db, pdr };
};

const auditTrailOf = async (
  db: ReturnType<typeof openReadModels>,
  store: ReturnType<typeof getSqliteEventStore>,
  staffId: string,
) => {
  const runner = startRunner({ store, db, projections: [auditTrailProjection] });
  await runner.caughtUp;
  await runner.waitFor(await store.headPosition());
  await runner.stop();
  const page = auditTrail(db, { staffId });
  if (E.isLeft(page)) throw new Error(page.left.message);
  return page.right.entries;
};

describe('audit trail', () => {
  it('lists a staff member’s events with who, when and why, and links retractions', async () => {
    const { store, db, pdr } = await setup();
    if (pdr === undefined) throw new Error('no PDR entry');
    await store.append('staff-s1', [
      anEvent('FactRetracted', {
        retractedEventId: pdr.eventId,
        reason: 'wrong period',
        retractedOn: '2025-02-01',
      }),
    ]);
    const entries = await auditTrailOf(db, store, 's1');
    expect(entries.map((e) => [e.streamName, e.type])).toEqual([
      ['staff-s1', 'StaffJoined'],
      ['staff-s1', 'PdrRecorded'],
      ['regrade-c1', 'RegradeRequested'],
      ['regrade-c1', 'RegradeApproved'],
      ['staff-s1', 'FactRetracted'],
    ]);
    expect(entries[0]).toMatchObject({ hadPersonalData: true, data: { staffId: 's1' } });
    expect(entries[3]?.actor).toEqual({ id: 'mgr-9', role: 'manager' });
    expect(auditEntry(db, pdr.eventId)?.retractedBy).toBe(entries[4]?.eventId);
    expect(entries[4]?.retracts).toBe(pdr.eventId);

    const byActor = auditTrail(db, { actorId: 'mgr-9' });
    expect(E.isRight(byActor) && byActor.right.entries.map((e) => e.type)).toEqual([
      'RegradeApproved',
    ]);
    const firstPage = auditTrail(db, { limit: 2 });
    if (E.isLeft(firstPage)) throw new Error('first page');
    expect(firstPage.right.entries).toHaveLength(2);
    const cursor = firstPage.right.nextCursor ?? undefined;
    const secondPage = auditTrail(db, { limit: 2, ...(cursor === undefined ? {} : { cursor }) });
    expect(E.isRight(secondPage) && secondPage.right.entries[0]?.type).toBe('StaffJoined');
    expect(auditTrail(db, { cursor: 'abc' })).toEqual(
      E.left(expect.objectContaining({ code: 'InvalidQuery', field: 'cursor' })),
    );
    expect(auditTrail(db, { recordedFrom: '2025-13-01' })).toEqual(
      E.left(expect.objectContaining({ field: 'recordedFrom' })),
    );
    await store.close();
  });

  it('verifies the hash chain, and names the first event whose stored content was tampered with', async () => {
    const { storePath, store, db, pdr } = await setup();
    if (pdr === undefined) throw new Error('no PDR entry');
    await store.append('staff-s1', [anEvent('TrainingCompleted', { course: 'safeguarding' })]);
    await auditTrailOf(db, store, 's1');
    expect(await verifyAuditChain(db, store)).toMatchObject({
      streams: 3,
      events: 6,
      firstBreak: null,
    });
    expect(await verifyAuditChain(db, store, 's1')).toMatchObject({
      streams: 2,
      events: 5,
      firstBreak: null,
    });

    // Someone edits the PDR outcome straight in the event store's file.
    const raw = new Database(storePath);
    raw
      .prepare('UPDATE events SET data = ? WHERE event_id = ?')
      .run('{"period":"2023-24"}', pdr.eventId);
    raw.close();
    const verdict = await verifyAuditChain(db, store, 's1');
    expect(verdict.firstBreak).toMatchObject({
      streamName: 'staff-s1',
      revision: 1n,
      eventId: pdr.eventId,
      type: 'PdrRecorded',
      kind: 'hash-mismatch',
      recordedHash: pdr.hash,
    });
    expect(verdict.firstBreak?.recomputedHash).not.toBe(pdr.hash);
    // Other people's chains are untouched.
    expect((await verifyAuditChain(db, store, 's2')).firstBreak).toBeNull();
    await store.close();
  });

  it('notices an event deleted from the store', async () => {
    const { storePath, store, db } = await setup();
    const raw = new Database(storePath);
    raw.prepare("DELETE FROM events WHERE stream_name = 'regrade-c1' AND revision = 1").run();
    raw.close();
    const verdict = await verifyAuditChain(db, store);
    expect(verdict.firstBreak).toMatchObject({
      streamName: 'regrade-c1',
      revision: 1n,
      kind: 'missing-from-store',
    });
    await store.close();
  });

  it('names an event deleted from the middle of a stream as missing, not the one after it', async () => {
    const { storePath, store, db, pdr } = await setup();
    if (pdr === undefined) throw new Error('no PDR entry');
    await store.append('staff-s1', [anEvent('PdrRecorded', { period: '2025-26' })]);
    const after = (await auditTrailOf(db, store, 's1')).find(
      (e) => e.streamName === 'staff-s1' && e.revision === 2,
    );
    const raw = new Database(storePath);
    raw.prepare("DELETE FROM events WHERE stream_name = 'staff-s1' AND revision = 1").run();
    raw.close();
    const verdict = await verifyAuditChain(db, store, 's1');
    expect(verdict.firstBreak).toMatchObject({
      streamName: 'staff-s1',
      revision: 1n,
      eventId: pdr.eventId,
      position: BigInt(pdr.position),
      kind: 'missing-from-store',
      recomputedHash: null,
    });
    expect(verdict.firstBreak?.eventId).not.toBe(after?.eventId);
    await store.close();
  });
});

describe('audit trail memory of stream heads', () => {
  const recorded = (e: NewEvent, streamName: string, revision: bigint, position: bigint) => ({
    ...e,
    streamName,
    revision,
    position,
    recordedAt: '2025-01-01T00:00:00.000Z',
  });

  it('forgets what a rolled-back batch wrote when told to, so the chain follows the table', () => {
    const db = openReadModels(join(mkdtempSync(join(tmpdir(), 'ladder-audit-')), 'read.db'));
    createGeneration(db, auditTrailProjection, 1);
    const bound = auditTrailProjection.bind(db, namer(1));
    const undone = recorded(anEvent('Noted', { n: 1 }), 'staff-s1', 0n, 1n);
    expect(() =>
      db.transaction(() => {
        bound.apply(undone);
        throw new Error('the batch fails after the event was folded');
      })(),
    ).toThrow('the batch fails');
    bound.discard?.();
    const first = recorded(anEvent('Noted', { n: 2 }), 'staff-s1', 0n, 1n);
    const second = recorded(anEvent('Noted', { n: 3 }), 'staff-s1', 1n, 2n);
    db.transaction(() => {
      bound.apply(first);
      bound.apply(second);
    })();
    const rows = db
      .prepare<[], { prev_hash: string; hash: string }>(
        `SELECT prev_hash, hash FROM ${namer(1)(AUDIT_EVENT)} ORDER BY position`,
      )
      .all();
    expect(rows[0]?.prev_hash).toBe(GENESIS);
    expect(rows[0]?.hash).toBe(chainHash(GENESIS, first));
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
  });
});
