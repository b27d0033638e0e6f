import type { EventStore } from './port/event-store';
import { EventStoreException } from './port/errors';
import { getEsdbEventStore } from './esdb';
import { getSqliteEventStore } from './sqlite';

/**
 * Opens the store a connection setting names: a file path or `sqlite:<path>` → the
 * embedded SQLite store. Other schemes (`esdb://…`) get their branch from their adapter.
 */
export const openEventStore = (config: string): EventStore => {
  const scheme = /^([a-z][a-z0-9+.-]*):(?!\\)/i.exec(config)?.[1]?.toLowerCase();
  if (scheme === undefined) return getSqliteEventStore({ path: config });
  if (scheme === 'sqlite') return getSqliteEventStore({ path: config.slice('sqlite:'.length) });
  // EventStoreDB: the whole setting is the client's connection string (TLS, credentials, nodes).
  if (scheme === 'esdb' || scheme === 'esdb+discover')
    return getEsdbEventStore({ connectionString: config });
  throw new EventStoreException({
    code: 'StoreUnavailable',
    message: `adapter not configured for "${scheme}:" store settings`,
  });
};
