import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishSeedFrameworks } from './frameworks/seed-frameworks';
import { StaffCommand, StreamId, type ActorRef } from '@ladder/domain';
import { command } from '@ladder/domain/testing';
import {
  getSqliteCheckpointStore,
  getSqliteEventStore,
  type CheckpointStore,
  type EventStore,
  type RecordedEvent,
} from '@ladder/event-store';
import { aggregates } from './aggregates';
import { handleCommand } from './handle-command';
import { LEAVER_PROCESS, startLeaverProcess } from './leaver-process-runner';

const hr = { id: 'hr-1', role: 'hr-admin' } as ActorRef;
const meta = { correlationId: 'corr-setup', causationId: null };
const reports = ['r-1', 'r-2', 'r-3', 'r-4', 'r-5'];

const readStream = async (store: EventStore, stream: string): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const e of store.readStream(stream)) out.push(e);
  return out;
};

const staff = (store: EventStore, staffId: string, type: string, data: unknown) =>
  handleCommand(
    store,
    aggregates.staff,
    StreamId.staff(staffId),
    command(StaffCommand, type, data, { actor: hr }),
    meta,
  );

const must = async <A>(result: Promise<E.Either<unknown, A>>): Promise<A> => {
  const r = await result;
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};

const joinStaff = (store: EventStore, staffId: string, grade: string) =>
  must(
    staff(store, staffId, 'JoinStaff', {
      staffId,
      jobFamily: 'family-worker',
      grade,
      team: 't',
      zone: 'z',
      contractedHours: 37,
      joinedOn: '2020-01-01',
    }),
  );

const leave = async (store: EventStore, staffId: string): Promise<bigint> => {
  const written = await must(staff(store, staffId, 'RecordLeaving', { leftOn: '2024-09-30' }));
  if (written.position === null) throw new Error('nothing written');
  return written.position;
};

const assignR6 = (store: EventStore) =>
  staff(store, 'm-1', 'AssignLineManager', { reportId: 'r-6', assignedOn: '2024-10-01' });

describe("the leaver process releases a leaver from their manager's span of control", () => {
  let dir: string;
  let store: EventStore;
  let checkpoints: CheckpointStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-leaver-'));
    store = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
    // Every Ladder start publishes the seed career frameworks: the ladders commands are judged on.
    await publishSeedFrameworks(store, new Date());
    checkpoints = getSqliteCheckpointStore({ path: join(dir, 'checkpoints.sqlite') });
    await joinStaff(store, 'm-1', 'L2');
    for (const r of [...reports, 'r-6', 'loner']) await joinStaff(store, r, 'L1');
    for (const r of reports)
      await must(
        staff(store, 'm-1', 'AssignLineManager', { reportId: r, assignedOn: '2024-01-01' }),
      );
  });
  afterEach(async () => {
    await checkpoints.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends the line management on the manager, who can then take a new report', async () => {
    const refused = await assignR6(store);
    expect(E.isLeft(refused) && refused.left).toMatchObject({
      kind: 'domain',
      error: { code: 'SpanOfControlExceeded' },
    });

    const process = await startLeaverProcess({ store, checkpoints });
    const position = await leave(store, 'r-3');
    await process.waitFor(position);
    await process.close();

    const manager = await readStream(store, 'staff-m-1');
    const ended = manager.filter((e) => e.type === 'LineManagementEnded');
    expect(ended).toHaveLength(1);
    const [leftEvent] = (await readStream(store, 'staff-r-3')).filter(
      (e) => e.type === 'StaffLeft',
    );
    expect(ended[0]).toMatchObject({
      data: { managerId: 'm-1', reportId: 'r-3', endedOn: '2024-09-30' },
      actor: { id: 'leaver-process', role: 'system' },
      causationId: leftEvent?.eventId,
    });
    expect(process.failures).toEqual([]);
    expect(E.isRight(await assignR6(store))).toBe(true);
  });

  it('re-running from checkpoint 0 writes nothing twice', async () => {
    const first = await startLeaverProcess({ store, checkpoints });
    await first.waitFor(await leave(store, 'r-3'));
    await first.close();
    const before = await store.headPosition();

    await checkpoints.save(LEAVER_PROCESS, 0n); // as if the checkpoint had been lost
    const again = await startLeaverProcess({ store, checkpoints });
    await again.waitFor(before);
    await again.close();
    expect(await store.headPosition()).toBe(before);
    expect(again.failures).toEqual([]);
  });

  it('after a restart it still knows who manages whom (folded from the log)', async () => {
    const first = await startLeaverProcess({ store, checkpoints });
    await first.waitFor(await store.headPosition());
    await first.close();
    expect(await checkpoints.load(LEAVER_PROCESS)).toBeGreaterThan(0n);

    const again = await startLeaverProcess({ store, checkpoints });
    await again.waitFor(await leave(store, 'r-5'));
    await again.close();
    const ended = (await readStream(store, 'staff-m-1')).filter(
      (e) => e.type === 'LineManagementEnded',
    );
    expect(ended.map((e) => e.data)).toEqual([
      { managerId: 'm-1', reportId: 'r-5', endedOn: '2024-09-30' },
    ]);
  });

  it('a leaver with no manager produces nothing', async () => {
    const process = await startLeaverProcess({ store, checkpoints });
    const position = await leave(store, 'loner');
    await process.waitFor(position);
    await process.close();
    expect(await store.headPosition()).toBe(position);
    expect(process.failures).toEqual([]);
  });
});
