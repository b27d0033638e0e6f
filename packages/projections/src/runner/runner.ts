import type { Database } from 'better-sqlite3';
import {
  startFollower,
  type EventStore,
  type Follower,
  type RecordedEvent,
} from '@ladder/event-store';
import { allSettled, applyBatch, type SlotOutcome } from './apply-batch';
import { applyBacklog } from './backlog';
import { scrubWal } from './read-model-db';
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
  /** Events per SQLite transaction once live (and through a short backlog). */
  readonly batchSize?: number;
  /**
   * A backlog longer than this many events at start (a first start, a long outage, a new
   * projection) is applied the way a rebuild applies the log: `catchUpBatchSize` events per
   * transaction and the settling done once at the end. Then the runner follows live.
   */
  readonly catchUpThreshold?: number;
  readonly catchUpBatchSize?: number;
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
  const lowestCheckpoint = (): bigint =>
    projections.reduce<bigint | null>((min, def) => {
      const c = readState(db, def.name)?.checkpoint ?? 0n;
      return min === null || c < min ? c : min;
    }, null) ?? 0n;
  const meter = rateMeter();
  const report = (outcomes: readonly SlotOutcome[], events: number): void => {
    meter.record(events);
    for (const o of outcomes) if (o.poison !== null) options.onPoison?.(o.poison);
  };

  const apply = (events: readonly RecordedEvent[], settle: boolean): boolean => {
    const outcomes = applyBatch(db, slots, events, settle);
    report(outcomes, events.length);
    // An erasure scrubbed personal data from the read models: the old pages must leave the
    // WAL too (secure_delete zeroed them in the file; the WAL still holds earlier frames).
    if (events.some((e) => e.type === 'PersonalDataErased')) scrubWal(db);
    return allSettled(outcomes);
  };

  let stopping = false;
  const follow = (): Follower =>
    startFollower({
      store,
      after: lowestCheckpoint(),
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

  // A long backlog first, at rebuild speed; null when stopped before following live.
  const following: Promise<Follower | null> = (async () => {
    const after = lowestCheckpoint();
    const backlog = (await store.headPosition()) - after;
    if (backlog > BigInt(options.catchUpThreshold ?? 20_000))
      await applyBacklog({
        store,
        db,
        slots,
        after,
        batchSize: options.catchUpBatchSize ?? 25_000,
        stopped: () => stopping,
        onBatch: report,
      });
    return stopping ? null : follow();
  })();
  const never = new Promise<never>(() => undefined);
  const done = following.then((f) => f?.done);
  done.catch(() => undefined); // the owner reads `done`; an unread failure is not unhandled

  return {
    caughtUp: following.then(
      (f) => f?.caughtUp ?? never,
      () => never,
    ),
    done,
    waitFor: (target) => following.then((f) => f?.waitFor(target) ?? never),
    eventsPerSecond: () => meter.perSecond(),
    async stop() {
      stopping = true;
      const f = await following.catch(() => null);
      await f?.stop();
    },
  };
};
