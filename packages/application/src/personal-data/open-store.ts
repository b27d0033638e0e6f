import {
  openEventStore,
  openSqliteKeyService,
  sealPersonalData,
  type EventStore,
  type PersonalKeyService,
} from '@ladder/event-store';
import { personalKeyOf } from './key-ref';

/** The log every Ladder process reads and writes: personal parts sealed, keys apart. */
export interface LadderStore {
  readonly store: EventStore;
  readonly keys: PersonalKeyService;
}

/**
 * Opens the store a setting names with the sealing decorator over it and the embedded key
 * file (`keysPath`, its own SQLite file in the data dir). Closing the store closes the keys.
 */
export const openLadderStore = (setting: string, keysPath: string): LadderStore => {
  const keys = openSqliteKeyService(keysPath);
  const sealed = sealLadderStore(openEventStore(setting), keys);
  const close = async () => {
    await sealed.close();
    await keys.close();
  };
  return { store: { ...sealed, close }, keys };
};

/** Any store, sealed the way Ladder seals: for tests and tools that open their own adapter. */
export const sealLadderStore = (store: EventStore, keys: PersonalKeyService): EventStore =>
  sealPersonalData(store, { keys, keyOf: personalKeyOf });
