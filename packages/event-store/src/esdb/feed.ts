import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';

export type FeedItem =
  | { readonly kind: 'event'; readonly resolved: AllStreamResolvedEvent }
  | { readonly kind: 'caught-up' }
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'end' };

export interface Feed {
  next(): Promise<FeedItem>;
  /** Unsubscribes; a pending or later `next` resolves to `end`. */
  close(): void;
}

const HIGH_WATER = 64;
const LOW_WATER = 16;

/**
 * The client's subscription as one ordered, bounded queue of events, caught-up, error and
 * end. The client signals caught-up as a side event while earlier events may still sit in
 * its readable buffer, so the marker is queued only after those `readableLength` events.
 * Backpressure: past HIGH_WATER queued items the subscription is paused, which stops the
 * client reading from gRPC (HTTP/2 flow control then holds the server back).
 */
export const feedOf = (subscription: AllStreamSubscription): Feed => {
  const queue: FeedItem[] = [];
  let waiting: ((item: FeedItem) => void) | undefined;
  let caughtUpAfter: number | null = null;
  let ended = false;

  const offer = (item: FeedItem): void => {
    if (ended) return;
    if (item.kind === 'error' || item.kind === 'end') ended = true;
    if (waiting !== undefined) {
      const deliver = waiting;
      waiting = undefined;
      deliver(item);
      return;
    }
    queue.push(item);
    if (queue.length >= HIGH_WATER) subscription.pause();
  };

  subscription.on('data', (resolved: AllStreamResolvedEvent) => {
    offer({ kind: 'event', resolved });
    if (caughtUpAfter !== null && caughtUpAfter > 0) {
      caughtUpAfter -= 1;
      if (caughtUpAfter === 0) offer({ kind: 'caught-up' });
    }
  });
  subscription.once('caughtUp', () => {
    caughtUpAfter = subscription.readableLength;
    if (caughtUpAfter === 0) offer({ kind: 'caught-up' });
  });
  subscription.on('error', (error: unknown) => offer({ kind: 'error', error }));
  subscription.on('end', () => offer({ kind: 'end' }));

  return {
    next: () => {
      const item = queue.shift();
      if (queue.length <= LOW_WATER && subscription.isPaused()) subscription.resume();
      if (item !== undefined) return Promise.resolve(item);
      if (ended) return Promise.resolve({ kind: 'end' });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    close: () => {
      offer({ kind: 'end' });
      void subscription.unsubscribe().catch(() => undefined);
    },
  };
};
