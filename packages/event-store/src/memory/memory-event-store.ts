import * as E from 'fp-ts/Either';
import { EventStoreException } from '../port/errors';
import type { EventStore, Subscription } from '../port/event-store';
import { ExpectedRevision } from '../port/expected-revision';
import { validateStreamName } from '../port/validation';
import { memoryLog } from './memory-log';
import { logAfter, selectStream } from './memory-reads';
import { appendSignal, subscribeToLog } from './memory-subscribe';

export interface MemoryEventStoreOptions {
  /** The store's clock for `recordedAt`; a fixed sequence makes a test's log reproducible. */
  readonly clock?: () => Date;
}

/**
 * An EventStore held in this process's memory, gone when the process ends: for tests that
 * replay thousands of histories, and for trying the port without a file. It keeps the whole
 * contract (the conformance suite runs on it); it is not a store to keep a council's records in.
 */
export const getMemoryEventStore = (options: MemoryEventStoreOptions = {}): EventStore => {
  const log = memoryLog(options.clock ?? (() => new Date()));
  const signal = appendSignal();
  const subscriptions = new Set<Subscription>();
  let open = true;

  const ensureOpen = (): void => {
    if (!open)
      throw new EventStoreException({ code: 'StoreUnavailable', message: 'the store is closed' });
  };
  const ensureStreamName = (streamName: string): void => {
    const valid = validateStreamName(streamName);
    if (E.isLeft(valid)) throw new EventStoreException(valid.left);
  };

  return {
    append: (streamName, events, appendOptions) => {
      if (!open)
        return Promise.resolve(
          E.left({ code: 'StoreUnavailable', message: 'the store is closed' }),
        );
      const result = log.append(
        streamName,
        events,
        appendOptions?.expectedRevision ?? ExpectedRevision.any,
      );
      if (E.isRight(result)) signal.fire();
      return Promise.resolve(result);
    },
    async *readStream(streamName, readOptions) {
      ensureOpen();
      ensureStreamName(streamName);
      await Promise.resolve();
      yield* selectStream(log.stream(streamName), readOptions);
    },
    streamRevision: (streamName) => {
      ensureOpen();
      ensureStreamName(streamName);
      return Promise.resolve(log.revision(streamName));
    },
    async *readAll(readOptions) {
      ensureOpen();
      await Promise.resolve();
      yield* logAfter(log.all, readOptions);
    },
    subscribeToAll: (subscribeOptions = {}) => {
      ensureOpen();
      const subscription = subscribeToLog(log.all, signal, subscribeOptions, (s) =>
        subscriptions.delete(s),
      );
      subscriptions.add(subscription);
      return subscription;
    },
    headPosition: () => Promise.resolve(BigInt(log.all.length)),
    close: async () => {
      open = false;
      await Promise.all([...subscriptions].map((s) => s.close()));
    },
  };
};
