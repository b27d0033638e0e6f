import { setTimeout as sleep } from 'node:timers/promises';
import { START } from '@eventstore/db-client';
import type { EventStoreDBClient, Position } from '@eventstore/db-client';
import { EventStoreException } from '../port/errors';
import type { SubscribeOptions, Subscription, SubscriptionMessage } from '../port/event-store';
import { CancelledError } from '@eventstore/db-client';
import { isTransient, unavailable } from './errors';
import { feedOf } from './feed';
import type { Feed } from './feed';
import { serverFilter, visibleThrough } from './filter';
import { decoded } from './pages';
import { comparePositions, toEsdbPosition } from './position';
import { checkAfter } from './read-all';

export interface SubscriptionDeps {
  readonly client: EventStoreDBClient;
  readonly onClose: () => void;
  /** Resubscribe attempts in a row without any message before giving up. */
  readonly maxRetries?: number;
  readonly retryDelayMs?: number;
}

/**
 * A catch-up subscription to $all that survives drops. The client does not resubscribe
 * by itself (a drop is an `error`), so on UnavailableError / NotLeaderError / a server
 * that ends the call, we subscribe again from the last event we SAW (delivered or
 * filtered out): the server starts after that position (exclusive), and anything at or
 * before it is skipped anyway — no gap, no duplicate. Caught-up is said once, after the
 * first backlog; a resubscription's own caught-up is not repeated.
 */
export const subscribeToAll = (
  deps: SubscriptionDeps,
  options: SubscribeOptions,
): Subscription & { readonly closeNow: () => void } => {
  const after = checkAfter(options.after);
  const visible = visibleThrough(options.filter);
  const filter = serverFilter(options.filter);
  const maxRetries = deps.maxRetries ?? 10;
  const retryDelayMs = deps.retryDelayMs ?? 100;
  let closed = false;
  let feed: Feed | undefined;

  async function* messages(): AsyncGenerator<SubscriptionMessage> {
    let seen: Position | null = after === 0n ? null : toEsdbPosition(after);
    let lastDelivered = after;
    let caughtUp = false;
    let failures = 0;
    try {
      while (!closed) {
        feed = feedOf(deps.client.subscribeToAll({ fromPosition: seen ?? START, filter }));
        let failure: unknown = null;
        for (;;) {
          const item = await feed.next();
          if (closed) return;
          if (item.kind === 'end') break;
          if (item.kind === 'error') {
            failure = item.error;
            break;
          }
          failures = 0;
          if (item.kind === 'caught-up') {
            if (!caughtUp) yield { kind: 'caught-up', position: lastDelivered };
            caughtUp = true;
            continue;
          }
          const event = item.resolved.event;
          if (event?.position === undefined) continue;
          if (seen !== null && comparePositions(event.position, seen) <= 0) continue;
          seen = event.position;
          if (!visible(event)) continue;
          const recorded = decoded(item.resolved);
          lastDelivered = recorded.position;
          yield { kind: 'event', event: recorded };
        }
        feed.close();
        if (closed) return;
        failures += 1;
        const retryable =
          failure === null || isTransient(failure) || failure instanceof CancelledError;
        if (!retryable || failures > maxRetries)
          throw new EventStoreException(unavailable(failure ?? 'the subscription kept ending'));
        await sleep(retryDelayMs * Math.min(failures, 10));
      }
    } finally {
      closed = true;
      feed?.close();
      deps.onClose();
    }
  }

  const iterator = messages();
  const closeNow = (): void => {
    closed = true;
    feed?.close();
  };
  return {
    [Symbol.asyncIterator]: () => iterator,
    close: async () => {
      closeNow();
      // Finishes the generator if nobody is iterating (a pending `next` sees `end`).
      await iterator.return(undefined);
    },
    closeNow,
  };
};
