import type { RecordedEvent, SubscriptionMessage } from '@ladder/event-store';

export interface Batch {
  readonly events: readonly RecordedEvent[];
  /** Set when the subscription reported it caught up to this position (after these events). */
  readonly caughtUpAt?: bigint;
}

export interface BatchOptions {
  /** Flush when this many events are waiting. */
  readonly maxBatch: number;
  /** Flush a partial batch when no further event arrives within this time. */
  readonly lingerMs: number;
}

const LINGER = Symbol('linger');

/**
 * Groups a subscription into batches, so the relay sends one request to the broker for many
 * events during catch-up and still publishes a lone live event after `lingerMs`.
 * Order is kept; every event is in exactly one batch.
 */
export async function* batchesOf(
  source: AsyncIterable<SubscriptionMessage>,
  options: BatchOptions,
): AsyncGenerator<Batch> {
  const iterator = source[Symbol.asyncIterator]();
  // A pending `next()` survives a linger timeout: it is awaited again, never called twice.
  let pending: Promise<IteratorResult<SubscriptionMessage>> | undefined;
  let buffer: RecordedEvent[] = [];
  for (;;) {
    pending ??= iterator.next();
    let timer: NodeJS.Timeout | undefined;
    const result =
      buffer.length === 0
        ? await pending
        : await Promise.race([
            pending,
            new Promise<typeof LINGER>((resolve) => {
              timer = setTimeout(() => resolve(LINGER), options.lingerMs);
            }),
          ]);
    clearTimeout(timer);
    if (result === LINGER) {
      yield { events: buffer };
      buffer = [];
      continue;
    }
    pending = undefined;
    if (result.done === true) {
      if (buffer.length > 0) yield { events: buffer };
      return;
    }
    const message = result.value;
    if (message.kind === 'caught-up') {
      yield { events: buffer, caughtUpAt: message.position };
      buffer = [];
      continue;
    }
    buffer.push(message.event);
    if (buffer.length >= options.maxBatch) {
      yield { events: buffer };
      buffer = [];
    }
  }
}
