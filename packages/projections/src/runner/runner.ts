import type { Database } from 'better-sqlite3';
import { startFollower, type EventStore, type RecordedEvent } from '@ladder/event-store';
import { allSettled, applyBatch } from './apply-batch';
import type { ProjectionDefinition } from './definition';
import { ensureProjection } from './generations';
import type { PoisonEventInfo } from './poison';
import { rateMeter } from './rate';
import { liveSlot } from './slot';
import { readState } from './state';

export interface RunnerOptions {
  readonly store: EventStore;
  readonly db: Database;
  readonly projections: readonly ProjectionDefinition[];
  /** Events per SQLite transaction. */
  readonly batchSize?: number;
  readonly onPoison?: (poison: PoisonEventInfo) => void;
}

export interface Runner {
  /** Resolves once the backlog that existed at start is applied. */
  readonly caughtUp: Promise<void>;
  /** Settles when the runner stops: rejects if the store failed. */
  readonly done: Promise<void>;
  /** Resolves when every running projection has applied the log up to `position`. */
  waitFor(position: bigint): Promise<void>;
  /** Events applied per second over the last few seconds. */
  eventsPerSecond(): number;
  stop(): Promise<void>;
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Keeps projections current: each resumes after its own checkpoint (catch-up, then live),
 * reading the log once and fanning each batch out to all of them. The checkpoints are rows
 * committed in each batch's transaction, so the follower only hands batches over.
 */
export const startRunner = (options: RunnerOptions): Runner => {
  const { store, db, projections } = options;
  const slots = projections.map((def) => {
    const state = ensureProjection(db, def);
    // A restart retries a stopped projection: the fix may be deployed now.
    if (state.status === 'stopped')
      db.prepare("UPDATE projection_state SET status = 'running', error = NULL WHERE name = ?").run(
        def.name,
      );
    return liveSlot(db, def);
  });
  const from = projections.reduce<bigint | null>((min, def) => {
    const c = readState(db, def.name)?.checkpoint ?? 0n;
    return min === null || c < min ? c : min;
  }, null);
  const meter = rateMeter();

  const apply = (events: readonly RecordedEvent[], settle: boolean): boolean => {
    const outcomes = applyBatch(db, slots, events, settle);
    meter.record(events.length);
    for (const o of outcomes) if (o.poison !== null) options.onPoison?.(o.poison);
    return allSettled(outcomes);
  };

  const follower = startFollower({
    store,
    after: from ?? 0n,
    maxBatch: options.batchSize ?? 1_000,
    // Live: apply what has arrived as soon as no further event is immediately ready.
    lingerMs: 0,
    // The backlog is settled once, when it is all applied; live batches each time.
    // Long settling (e.g. every verdict after a backlog) runs in slices, each its own
    // transaction, yielding between them so an API in the same process keeps answering.
    handle: async ({ events, live }) => {
      let settled = apply(events, live);
      while (live && !settled) {
        await nextTick();
        settled = apply([], true);
      }
    },
  });

  return {
    caughtUp: follower.caughtUp,
    done: follower.done,
    waitFor: (target) => follower.waitFor(target),
    eventsPerSecond: () => meter.perSecond(),
    stop: () => follower.stop(),
  };
};
