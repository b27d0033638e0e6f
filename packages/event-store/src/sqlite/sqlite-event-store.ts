import * as E from 'fp-ts/Either';
import type { EventStore, Subscription } from '../port/event-store';
import { EventStoreException } from '../port/errors';
import { ExpectedRevision } from '../port/expected-revision';
import { validateAppend, validateStreamName } from '../port/validation';
import { prepareHeadPosition } from './head-position';
import { notifierFor } from './notifier';
import { openDatabase, type SqliteOptions } from './open-database';
import { readAllPaged } from './read-all';
import { prepareReadLogPage } from './read-log-page';
import { prepareReadStreamPage, readStreamPaged } from './read-stream';
import { prepareStreamRevision } from './stream-revision';
import { subscribeFrom } from './subscribe';
import { inlineWriter } from './writer';
import { threadWriter } from './writer-thread';

export interface SqliteEventStoreOptions extends SqliteOptions {
  /** Events per page for reads and subscriptions (memory bound). */
  readonly pageSize?: number;
  /** How often live subscriptions look for appends made by other processes. */
  readonly pollIntervalMs?: number;
}

/**
 * An EventStore whose reads run on the caller's thread (WAL readers never wait for the
 * writer) and whose appends are group-committed on the process's writer thread, so the
 * event loop never waits for an fsync; `close` is idempotent.
 */
export type SqliteEventStore = EventStore;

const unavailable = (error: unknown): EventStoreException =>
  error instanceof EventStoreException
    ? error
    : new EventStoreException({
        code: 'StoreUnavailable',
        message: error instanceof Error ? error.message : String(error),
      });

/** Runs a synchronous read, turning a driver failure into the port's typed error. */
const guarded = <T>(read: () => T): T => {
  try {
    return read();
  } catch (error) {
    throw unavailable(error);
  }
};

const checkMaxCount = (maxCount: number | undefined): number => {
  if (maxCount === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isInteger(maxCount) || maxCount < 0)
    throw new EventStoreException({
      code: 'InvalidInput',
      field: 'maxCount',
      message: 'must be an integer >= 0',
    });
  return maxCount;
};

const checkStreamName = (streamName: string): void => {
  const valid = validateStreamName(streamName);
  if (E.isLeft(valid)) throw new EventStoreException(valid.left);
};

export const getSqliteEventStore = (options: SqliteEventStoreOptions): SqliteEventStore => {
  const db = openDatabase(options);
  const pageSize = options.pageSize ?? 500;
  const pollIntervalMs = options.pollIntervalMs ?? 50;
  const notifier = notifierFor(options.path);
  const writer =
    options.path === ':memory:'
      ? inlineWriter(db)
      : threadWriter(options.path, options.busyTimeoutMs ?? 10_000);
  const headPosition = prepareHeadPosition(db);
  const streamRevision = prepareStreamRevision(db);
  const readStreamPage = prepareReadStreamPage(db);
  const subscriptions = new Set<{ readonly closeNow: () => void }>();
  let open = true;

  const ensureOpen = (): void => {
    if (!open)
      throw new EventStoreException({ code: 'StoreUnavailable', message: 'the store is closed' });
  };

  return {
    append: async (streamName, events, appendOptions) => {
      if (!open) return E.left({ code: 'StoreUnavailable', message: 'the store is closed' });
      // Validated here, on the caller's objects: the copy the writer thread receives has
      // lost what validation looks for (class instances arrive as plain objects).
      const valid = validateAppend(streamName, events);
      if (E.isLeft(valid)) return valid;
      const result = await writer.append({
        streamName,
        events,
        expected: appendOptions?.expectedRevision ?? ExpectedRevision.any,
      });
      if (E.isRight(result)) notifier.notify();
      return result;
    },

    readStream: (streamName, readOptions = {}) => ({
      [Symbol.asyncIterator]: () => {
        ensureOpen();
        checkStreamName(streamName);
        const maxCount = checkMaxCount(readOptions.maxCount);
        return readStreamPaged(
          (...args) => guarded(() => readStreamPage(...args)),
          streamName,
          { ...readOptions, maxCount },
          pageSize,
        );
      },
    }),

    streamRevision: (streamName) =>
      new Promise((resolve) => {
        ensureOpen();
        checkStreamName(streamName);
        resolve(guarded(() => streamRevision(streamName)));
      }),

    readAll: (readOptions = {}) => ({
      [Symbol.asyncIterator]: () => {
        ensureOpen();
        const maxCount = checkMaxCount(readOptions.maxCount);
        const readPage = prepareReadLogPage(db, readOptions.filter);
        return readAllPaged(
          (...args) => guarded(() => readPage(...args)),
          readOptions.after ?? 0n,
          guarded(headPosition),
          maxCount,
          pageSize,
        );
      },
    }),

    subscribeToAll: (subscribeOptions = {}): Subscription => {
      ensureOpen();
      const readPage = prepareReadLogPage(db, subscribeOptions.filter);
      const subscription = subscribeFrom(
        {
          readPage: (...args) => guarded(() => readPage(...args)),
          headPosition: () => guarded(headPosition),
          notifier,
          pageSize,
          pollIntervalMs,
          onClose: () => subscriptions.delete(subscription),
        },
        subscribeOptions.after ?? 0n,
      );
      subscriptions.add(subscription);
      return subscription;
    },

    headPosition: () =>
      new Promise((resolve) => {
        ensureOpen();
        resolve(guarded(headPosition));
      }),

    close: async () => {
      if (!open) return;
      open = false;
      for (const subscription of [...subscriptions]) subscription.closeNow();
      await writer.close();
      db.close();
    },
  };
};
