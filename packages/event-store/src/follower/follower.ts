import type { RecordedEvent } from '../port/envelope';
import type { EventStore, LogFilter, SubscriptionMessage } from '../port/event-store';
import { progressFrom } from './progress';
import { IDLE, STOP, idle, stopSignal } from './waits';

/** Consecutive events of the log, handed to the follower's owner in one call. */
export interface FollowedBatch {
  readonly events: readonly RecordedEvent[];
  /** Set on the batch that ends the backlog: everything up to here is delivered. */
  readonly caughtUpAt?: bigint;
  /** True from the batch that ends the backlog on: what it holds was appended lately. */
  readonly live: boolean;
  /** Where the log stands once this batch is handled: the checkpoint to record with it. */
  readonly end: bigint;
}

export interface FollowerOptions {
  readonly store: EventStore;
  /** Exclusive: the owner's checkpoint. The first batch starts after it. */
  readonly after: bigint;
  readonly filter?: LogFilter;
  /** Most events in one batch. */
  readonly maxBatch: number;
  /**
   * Once live, how long a partial batch waits for more: 0 hands it over as soon as no further
   * event is ready at once. The backlog is handed over in full batches only.
   */
  readonly lingerMs: number;
  /**
   * Handles one batch AND records its checkpoint (a file, or rows in the same transaction),
   * durably, before it resolves: the follower counts a batch as done when this returns.
   */
  readonly handle: (batch: FollowedBatch) => Promise<void>;
  /** Without it a failure stops the follower (`done` rejects); with it, it resumes from the last batch done. */
  readonly retry?: {
    readonly delayMs: number;
    readonly onError: (error: unknown, position: bigint) => void;
  };
}

export interface Follower {
  /** Resolves once the backlog that existed at start is handled. */
  readonly caughtUp: Promise<void>;
  /** Settles when the follower stops: rejects with the failure that stopped it. */
  readonly done: Promise<void>;
  /** The end of the last batch handled (or the starting checkpoint). */
  position(): bigint;
  /** Resolves once everything up to `position` is handled. */
  waitFor(position: bigint): Promise<void>;
  /** Hands over what is already read, then stops; resolves when the last batch is done. */
  stop(): Promise<void>;
}

/**
 * The one way Ladder follows the global log: from a checkpoint, through the backlog in full
 * batches, then live. Each batch is handed over only after the previous one is done, so the
 * owner sees every event once, in order; the checkpoint it records with a batch is where a
 * restart resumes, without gap or duplicate. Who stores the checkpoint, and when, is the
 * owner's: a file after a broker's acknowledgement, or rows in the batch's own transaction.
 */
export const startFollower = (options: FollowerOptions): Follower => {
  const { store, handle } = options;
  const progress = progressFrom(options.after);
  let markCaughtUp = (): void => undefined;
  const caughtUp = new Promise<void>((resolve) => (markCaughtUp = resolve));
  const stop = stopSignal();
  let closeSubscription = (): Promise<void> => Promise.resolve();

  const flush = async (batch: RecordedEvent[], live: boolean, caughtUpAt?: bigint) => {
    if (batch.length === 0 && caughtUpAt === undefined) return;
    const events = batch.splice(0, batch.length);
    const last = events[events.length - 1]?.position ?? progress.position();
    const end = caughtUpAt !== undefined && caughtUpAt > last ? caughtUpAt : last;
    await handle({ events, live, end, ...(caughtUpAt === undefined ? {} : { caughtUpAt }) });
    progress.advance(end);
  };

  const follow = async (): Promise<void> => {
    const subscription = store.subscribeToAll({
      after: progress.position(),
      ...(options.filter === undefined ? {} : { filter: options.filter }),
    });
    closeSubscription = () => subscription.close();
    const it = subscription[Symbol.asyncIterator]();
    const batch: RecordedEvent[] = [];
    let live = false;
    const next = () => {
      const read = it.next();
      read.catch(() => undefined); // raced below; a failure while a batch is handled waits for it
      return read;
    };
    let pending = next();
    try {
      while (!stop.fired()) {
        const linger = live && batch.length > 0 ? idle(options.lingerMs) : null;
        const winner = await Promise.race(
          linger === null ? [pending, stop.wait()] : [pending, stop.wait(), linger.elapsed],
        );
        linger?.clear();
        if (winner === IDLE) await flush(batch, live);
        else if (winner === STOP) break;
        else {
          const result: IteratorResult<SubscriptionMessage> = winner;
          if (result.done === true) break;
          pending = next();
          const message = result.value;
          if (message.kind === 'caught-up') {
            live = true;
            await flush(batch, live, message.position);
            markCaughtUp();
          } else {
            batch.push(message.event);
            if (batch.length >= options.maxBatch) await flush(batch, live);
          }
        }
      }
      await flush(batch, live);
    } finally {
      await subscription.close();
    }
  };

  const run = async (): Promise<void> => {
    for (;;) {
      try {
        return await follow();
      } catch (error) {
        if (stop.fired()) return;
        if (options.retry === undefined) throw error;
        options.retry.onError(error, progress.position());
        const wait = idle(options.retry.delayMs);
        const woken = await Promise.race([wait.elapsed, stop.wait()]);
        wait.clear();
        if (woken === STOP) return;
      }
    }
  };

  const done = run();
  done.catch(() => undefined); // the owner reads `done`; an unread failure is not unhandled
  return {
    caughtUp,
    done,
    position: () => progress.position(),
    waitFor: (target) => progress.waitFor(target),
    async stop() {
      stop.fire();
      await closeSubscription();
      await done.catch(() => undefined);
    },
  };
};
