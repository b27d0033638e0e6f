import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newEvent, newEvents, right } from '../conformance/fixtures';
import type { EventStore } from '../port/event-store';
import { getSqliteEventStore } from '../sqlite/sqlite-event-store';
import { getSqliteCheckpointStore, type CheckpointStore } from './checkpoint-store';
import { startFollower, type FollowedBatch, type Follower } from './follower';

const positions = (batches: readonly FollowedBatch[]): number[] =>
  batches.flatMap((b) => b.events.map((e) => Number(e.position)));
const upTo = (n: number, from = 1): number[] =>
  Array.from({ length: n - from + 1 }, (_, i) => from + i);

/** A follower that records every batch and saves its checkpoint after each one, as the relay does. */
const checkpointed = async (
  store: EventStore,
  checkpoints: CheckpointStore,
  seen: FollowedBatch[],
  options: { readonly failAt?: number; readonly maxBatch?: number } = {},
): Promise<Follower> =>
  startFollower({
    store,
    after: await checkpoints.load('test'),
    maxBatch: options.maxBatch ?? 4,
    lingerMs: 0,
    handle: async (batch) => {
      if (batch.events.some((e) => Number(e.position) === options.failAt))
        throw new Error(`cannot handle ${String(options.failAt)}`);
      seen.push(batch);
      await checkpoints.save('test', batch.end);
    },
  });

describe('log follower over the SQLite store', () => {
  let dir: string;
  let store: EventStore;
  let checkpoints: CheckpointStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-follower-'));
    store = getSqliteEventStore({ path: join(dir, 'events.sqlite'), pageSize: 5 });
    checkpoints = getSqliteCheckpointStore({ path: join(dir, 'checkpoints.sqlite') });
  });
  afterEach(async () => {
    await checkpoints.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands over the backlog in full batches, marks where it caught up, then follows live', async () => {
    right(await store.append('staff-1', newEvents(10)));
    const seen: FollowedBatch[] = [];
    const follower = await checkpointed(store, checkpoints, seen);
    await follower.caughtUp;
    expect(seen.map((b) => b.events.length)).toEqual([4, 4, 2]);
    expect(seen.map((b) => [b.live, b.caughtUpAt])).toEqual([
      [false, undefined],
      [false, undefined],
      [true, 10n],
    ]);

    // A lone live event is handed over without waiting for a full batch.
    right(await store.append('staff-2', [newEvent()]));
    await follower.waitFor(11n);
    right(await store.append('staff-1', newEvents(3)));
    await follower.waitFor(14n);
    await follower.stop();
    expect(positions(seen)).toEqual(upTo(14));
    expect(seen.slice(3).every((b) => b.live)).toBe(true);
    expect(follower.position()).toBe(14n);
    expect(await checkpoints.load('test')).toBe(14n);
  });

  it('resumes after its checkpoint: nothing skipped, nothing handed over twice', async () => {
    right(await store.append('staff-1', newEvents(6)));
    const first: FollowedBatch[] = [];
    const before = await checkpointed(store, checkpoints, first);
    await before.caughtUp;
    await before.stop();
    right(await store.append('staff-1', newEvents(5)));

    const second: FollowedBatch[] = [];
    const after = await checkpointed(store, checkpoints, second);
    expect(after.position()).toBe(6n);
    await after.caughtUp;
    await after.stop();
    expect(positions(first)).toEqual(upTo(6));
    expect(positions(second)).toEqual(upTo(11, 7));
  });

  it('stops on a failed batch without moving past it; a restart hands that batch over again', async () => {
    right(await store.append('staff-1', newEvents(10)));
    const first: FollowedBatch[] = [];
    const failing = await checkpointed(store, checkpoints, first, { failAt: 6 });
    await expect(failing.done).rejects.toThrow('cannot handle 6');
    expect(failing.position()).toBe(4n);
    expect(await checkpoints.load('test')).toBe(4n);

    const second: FollowedBatch[] = [];
    const restarted = await checkpointed(store, checkpoints, second);
    await restarted.caughtUp;
    await restarted.stop();
    expect([...positions(first), ...positions(second)]).toEqual(upTo(10));
  });

  it('with retry, resumes from the last batch done after a failure, and reports it', async () => {
    right(await store.append('staff-1', newEvents(8)));
    const seen: number[] = [];
    const errors: bigint[] = [];
    let failures = 1;
    const follower = startFollower({
      store,
      after: 0n,
      maxBatch: 3,
      lingerMs: 0,
      retry: { delayMs: 1, onError: (_error, position) => errors.push(position) },
      handle: (batch) => {
        if (batch.events.some((e) => e.position === 5n) && failures-- > 0)
          return Promise.reject(new Error('broker away'));
        seen.push(...batch.events.map((e) => Number(e.position)));
        return Promise.resolve();
      },
    });
    await follower.waitFor(8n);
    await follower.stop();
    expect(errors).toEqual([3n]);
    expect(seen).toEqual(upTo(8));
  });

  it('with a filter, sees only matching events yet knows the head it caught up to', async () => {
    right(await store.append('staff-1', newEvents(2)));
    right(await store.append('other-1', newEvents(2)));
    right(await store.append('staff-2', newEvents(1)));
    right(await store.append('other-2', newEvents(1)));
    const seen: FollowedBatch[] = [];
    const follower = startFollower({
      store,
      after: 0n,
      filter: { streamPrefixes: ['staff-'] },
      maxBatch: 10,
      lingerMs: 0,
      handle: (batch) => {
        seen.push(batch);
        return Promise.resolve();
      },
    });
    await follower.caughtUp;
    await follower.stop();
    expect(positions(seen)).toEqual([1, 2, 5]);
    expect(follower.position()).toBe(6n);
  });
});
