import { EventStoreDBClient } from '@eventstore/db-client';
import * as E from 'fp-ts/Either';
import type { EventStore, Subscription } from '../port/event-store';
import { EventStoreException } from '../port/errors';
import { appendEvents } from './append';
import { headPosition } from './head-position';
import { readAllPaged } from './read-all';
import { readStreamPaged, streamRevision } from './read-stream';
import { subscribeToAll } from './subscribe';

export interface EsdbEventStoreOptions {
  /**
   * `esdb://[user:pass@]host[:port][,host2…][?tls=…&tlsCAFile=…&nodePreference=…]` or
   * `esdb+discover://…`. TLS, certificates and credentials come from here unchanged.
   */
  readonly connectionString: string;
  /** Events per read call (every read is bounded; default 500). */
  readonly pageSize?: number;
  /** Resubscribe attempts in a row before a subscription gives up (default 10). */
  readonly maxResubscribes?: number;
}

const connect = (connectionString: string): EventStoreDBClient => {
  if (!/^esdb(\+discover)?:\/\//i.test(connectionString))
    throw new EventStoreException({
      code: 'InvalidInput',
      field: 'connectionString',
      message: 'must start with esdb:// or esdb+discover://',
    });
  try {
    return EventStoreDBClient.connectionString(connectionString);
  } catch (error) {
    throw new EventStoreException({
      code: 'InvalidInput',
      field: 'connectionString',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};

/** The EventStore port on EventStoreDB through @eventstore/db-client 6.2.1. */
export const getEsdbEventStore = (options: EsdbEventStoreOptions): EventStore => {
  const client = connect(options.connectionString);
  const pageSize = Math.max(2, options.pageSize ?? 500);
  const subscriptions = new Set<{ readonly closeNow: () => void }>();
  let open = true;

  const closedError = new EventStoreException({
    code: 'StoreUnavailable',
    message: 'the store is closed',
  });
  const ensureOpen = (): void => {
    if (!open) throw closedError;
  };

  return {
    append: (streamName, events, appendOptions) =>
      open
        ? appendEvents(client, streamName, events, appendOptions?.expectedRevision)
        : Promise.resolve(E.left(closedError.error)),

    readStream: (streamName, readOptions = {}) => ({
      [Symbol.asyncIterator]: () => {
        ensureOpen();
        return readStreamPaged(client, streamName, readOptions, pageSize);
      },
    }),

    streamRevision: async (streamName) => {
      ensureOpen();
      return streamRevision(client, streamName);
    },

    readAll: (readOptions = {}) => ({
      [Symbol.asyncIterator]: () => {
        ensureOpen();
        return readAllPaged(client, readOptions, pageSize);
      },
    }),

    subscribeToAll: (subscribeOptions = {}): Subscription => {
      ensureOpen();
      const subscription = subscribeToAll(
        {
          client,
          onClose: () => subscriptions.delete(subscription),
          ...(options.maxResubscribes === undefined ? {} : { maxRetries: options.maxResubscribes }),
        },
        subscribeOptions,
      );
      subscriptions.add(subscription);
      return subscription;
    },

    headPosition: async () => {
      ensureOpen();
      // Small calls: the tail of the log is nearly always a Ladder event, and a call the
      // search stops in early is still read to its end.
      return headPosition(client, Math.min(pageSize, 32));
    },

    close: async () => {
      if (!open) return;
      open = false;
      for (const subscription of [...subscriptions]) subscription.closeNow();
      await client.dispose();
    },
  };
};
