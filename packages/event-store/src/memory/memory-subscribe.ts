import type { RecordedEvent } from '../port/envelope';
import type { SubscribeOptions, Subscription, SubscriptionMessage } from '../port/event-store';
import { passesFilter } from '../port/log-filter';

/** Wakes every waiting subscription when an append lands (or the store closes). */
export interface AppendSignal {
  next(): Promise<void>;
  fire(): void;
}

export const appendSignal = (): AppendSignal => {
  let wake = (): void => undefined;
  let next = new Promise<void>((resolve) => (wake = resolve));
  return {
    next: () => next,
    fire: () => {
      const woken = wake;
      next = new Promise<void>((resolve) => (wake = resolve));
      woken();
    },
  };
};

/**
 * One pull loop over the log from the checkpoint: deliver what is there, say `caught-up`
 * once, then sleep until the next append. Between the last look at the log and the sleep
 * nothing awaits, so no append can slip between them; a slow consumer simply pulls later.
 */
export const subscribeToLog = (
  all: readonly RecordedEvent[],
  signal: AppendSignal,
  options: SubscribeOptions,
  onClose: (subscription: Subscription) => void,
): Subscription => {
  const filter = options.filter ?? {};
  let closed = false;

  async function* messages(): AsyncGenerator<SubscriptionMessage> {
    let checkpoint = options.after ?? 0n;
    let caughtUp = false;
    while (!closed) {
      for (let event = all[Number(checkpoint)]; event !== undefined && !closed;) {
        checkpoint = event.position;
        if (passesFilter(filter, event.type, event.streamName)) yield { kind: 'event', event };
        event = all[Number(checkpoint)];
      }
      if (closed) return;
      if (!caughtUp) {
        caughtUp = true;
        yield { kind: 'caught-up', position: checkpoint };
        continue;
      }
      await signal.next();
    }
  }

  const iterator = messages();
  const subscription: Subscription = {
    [Symbol.asyncIterator]: () => iterator,
    close: () => {
      if (!closed) {
        closed = true;
        onClose(subscription);
        signal.fire();
      }
      return Promise.resolve();
    },
  };
  return subscription;
};
