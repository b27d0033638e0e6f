import type { Database } from 'better-sqlite3';
import type { EventStore, RecordedEvent, SubscriptionMessage } from '@ladder/event-store';
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

const IDLE = Symbol('idle');
const STOP = Symbol('stop');
const nextTick = (): Promise<typeof IDLE> => new Promise((r) => setImmediate(() => r(IDLE)));

/**
 * Keeps projections current: each resumes after its own checkpoint (catch-up, then live),
 * reading the log once and fanning each batch out to all of them.
 */
export const startRunner = (options: RunnerOptions): Runner => {
  const { store, db, projections } = options;
  const batchSize = options.batchSize ?? 1_000;
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
  const subscription = store.subscribeToAll({ after: from ?? 0n });
  const meter = rateMeter();
  let position = from ?? 0n;
  const waiters: { position: bigint; resolve: () => void }[] = [];
  let markCaughtUp = (): void => undefined;
  const caughtUp = new Promise<void>((r) => (markCaughtUp = r));
  let signalStop = (): void => undefined;
  // Closing a subscription need not end a pending read, so the loop also races this.
  const stopping = new Promise<typeof STOP>((r) => (signalStop = () => r(STOP)));

  const settleWaiters = () => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w !== undefined && w.position <= position) {
        waiters.splice(i, 1);
        w.resolve();
      }
    }
  };

  const apply = (batch: RecordedEvent[], settle: boolean): boolean => {
    const outcomes = applyBatch(db, slots, batch, settle);
    meter.record(batch.length);
    for (const o of outcomes) if (o.poison !== null) options.onPoison?.(o.poison);
    position = batch[batch.length - 1]?.position ?? position;
    batch.length = 0;
    return allSettled(outcomes);
  };

  // Long settling (e.g. every verdict after a backlog) runs in slices, each its own
  // transaction, yielding between them so an API in the same process keeps answering.
  const flush = async (batch: RecordedEvent[], settle: boolean) => {
    if (batch.length === 0 && !settle) return;
    let settled = apply(batch, settle);
    while (settle && !settled) {
      await nextTick();
      settled = apply([], true);
    }
    settleWaiters();
  };

  const run = async () => {
    const it = subscription[Symbol.asyncIterator]();
    const batch: RecordedEvent[] = [];
    let live = false;
    let pending = it.next();
    for (;;) {
      // Live: apply what has arrived as soon as no further event is immediately ready.
      const winner = await Promise.race(
        live && batch.length > 0 ? [pending, stopping, nextTick()] : [pending, stopping],
      );
      if (winner === IDLE) {
        await flush(batch, true);
        continue;
      }
      if (winner === STOP) break;
      const result: IteratorResult<SubscriptionMessage> = winner;
      if (result.done === true) break;
      pending = it.next();
      const message = result.value;
      if (message.kind === 'caught-up') {
        await flush(batch, true);
        if (message.position > position) position = message.position;
        settleWaiters();
        live = true;
        markCaughtUp();
        continue;
      }
      batch.push(message.event);
      if (batch.length >= batchSize) await flush(batch, live);
    }
    await flush(batch, live);
  };

  const done = run();
  done.catch(() => undefined);
  return {
    caughtUp,
    done,
    waitFor: (target) =>
      target <= position
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ position: target, resolve })),
    eventsPerSecond: () => meter.perSecond(),
    async stop() {
      signalStop();
      await subscription.close();
      await done.catch(() => undefined);
    },
  };
};
