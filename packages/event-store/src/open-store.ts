import * as E from 'fp-ts/Either';
import type { EventStore } from './port/event-store';
import { EventStoreException } from './port/errors';
import { getEsdbEventStore } from './esdb';
import { getSqliteEventStore } from './sqlite';
import { parseStoreSetting } from './store-setting';

/**
 * Opens the store a connection setting names (see `parseStoreSetting`): a file path or
 * `sqlite:<path>` → the embedded SQLite store; `esdb://…` → EventStoreDB.
 */
export const openEventStore = (config: string): EventStore => {
  const setting = parseStoreSetting(config);
  if (E.isLeft(setting))
    throw new EventStoreException({ code: 'StoreUnavailable', message: setting.left });
  return setting.right.kind === 'sqlite'
    ? getSqliteEventStore({ path: setting.right.path })
    : getEsdbEventStore({ connectionString: setting.right.connectionString });
};
