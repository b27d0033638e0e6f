import * as E from 'fp-ts/Either';
import type { EventStore } from './port/event-store';
import { EventStoreException } from './port/errors';
import { getEsdbEventStore } from './esdb';
import { openSqliteKeyService } from './personal/sqlite-keys';
import { sealPersonalData, type SealingOptions } from './personal/sealing-store';
import { getSqliteEventStore } from './sqlite';
import { parseStoreSetting } from './store-setting';

export interface OpenStoreOptions {
  /**
   * The embedded key file: with it, personal parts are opened on read (and sealed on write)
   * and closing the store closes the keys. Without it, the store is returned bare: what the
   * audit verification reads, and what holds only ciphertext.
   */
  readonly keys?: string;
  /**
   * Which key seals an appended event's personal part (see `@ladder/application`'s
   * `personalKeyOf`). Absent: this process only reads, and an append with personal data is
   * refused rather than stored in clear.
   */
  readonly keyOf?: SealingOptions['keyOf'];
}

/**
 * Opens the store a connection setting names (see `parseStoreSetting`): a file path or
 * `sqlite:<path>` → the embedded SQLite store; `esdb://…` → EventStoreDB.
 */
export const openEventStore = (config: string, options: OpenStoreOptions = {}): EventStore => {
  const setting = parseStoreSetting(config);
  if (E.isLeft(setting))
    throw new EventStoreException({ code: 'StoreUnavailable', message: setting.left });
  const bare =
    setting.right.kind === 'sqlite'
      ? getSqliteEventStore({ path: setting.right.path })
      : getEsdbEventStore({ connectionString: setting.right.connectionString });
  if (options.keys === undefined) return bare;
  const keys = openSqliteKeyService(options.keys);
  const sealed = sealPersonalData(bare, { keys, keyOf: options.keyOf ?? (() => null) });
  return {
    ...sealed,
    async close() {
      await sealed.close();
      await keys.close();
    },
  };
};
