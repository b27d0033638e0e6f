import type { Subscription, SubscriptionMessage } from '../port/event-store';
import { toRecordedEvent } from './event-row';
import type { Notifier } from './notifier';
import type { ReadLogPage } from './read-log-page';

export interface SubscriptionDeps {
  readonly readPage: ReadLogPage;
  readonly headPosition: () => bigint;
  readonly notifier: Notifier;
  readonly pageSize: number;
  /** How often a live subscription looks at the head for other processes' appends. */
  readonly pollIntervalMs: number;
  readonly onClose: () => void;
}

/**
 * A catch-up subscription as one pull loop: read the head, page through (checkpoint, head],
 * and once the checkpoint reaches the head say `caught-up` (once), then wait for a wake-up
 * (an in-process append or the poll timer) and loop. Backlog and live events come from
 * the same loop over the same checkpoint, so the switch can neither skip nor repeat an
 * event; and since the log never has holes below the head (see append.ts), reading up to
 * a head we saw is complete.
 *
 * Pages are read only when the consumer asks for the next message, so a slow consumer
 * holds back the reads (backpressure) and memory stays at one page.
 */
export const subscribeFrom = (
  deps: SubscriptionDeps,
  after: bigint,
): Subscription & { readonly closeNow: () => void } => {
  let closed = false;
  let wake: (() => void) | undefined;

  const sleep = (): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        stopListening();
        wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, deps.pollIntervalMs);
      const stopListening = deps.notifier.listen(done);
      wake = done;
    });

  async function* messages(): AsyncGenerator<SubscriptionMessage> {
    let checkpoint = after;
    let caughtUp = false;
    try {
      while (!closed) {
        const head = deps.headPosition();
        while (!closed && checkpoint < head) {
          const rows = deps.readPage(checkpoint, head, deps.pageSize);
          for (const row of rows) {
            if (closed) return;
            yield { kind: 'event', event: toRecordedEvent(row) };
          }
          const last = rows[rows.length - 1];
          checkpoint = last !== undefined && rows.length === deps.pageSize ? last.position : head;
        }
        if (closed) return;
        if (!caughtUp) {
          caughtUp = true;
          yield { kind: 'caught-up', position: checkpoint };
          continue;
        }
        await sleep();
      }
    } finally {
      closeNow();
    }
  }

  const closeNow = (): void => {
    if (closed) return;
    closed = true;
    wake?.();
    deps.onClose();
  };

  const iterator = messages();
  return {
    [Symbol.asyncIterator]: () => iterator,
    close: () => {
      closeNow();
      return Promise.resolve();
    },
    closeNow,
  };
};
