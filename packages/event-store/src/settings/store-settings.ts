import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseStoreSetting, storeSchemes } from '../store-setting';
import { pathFrom } from './codecs';
import { setting, type SettingsReader } from './reader';

/** Relative paths in settings are taken from the repository, whichever folder a service runs in. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Where a service finds the log and its files: the settings every Ladder process shares. */
export interface StoreSettings {
  /** `LADDER_DATA_DIR`: the folder of every SQLite file Ladder keeps. */
  readonly dataDir: string;
  /** `LADDER_STORE` (older name `LADDER_EVENT_STORE`): what `openEventStore` is given. */
  readonly store: string;
  /** `LADDER_READ_MODELS`: the read-model SQLite file. */
  readonly readModels: string;
  /** `LADDER_KEYS`: the embedded key file holding each person's data key, apart from the log. */
  readonly keys: string;
}

/** A store setting, checked as the adapters read it; a relative SQLite path is made absolute. */
export const storeSettingFrom = (root: string): t.Decoder<string, string> =>
  new t.Type<string, string, string>(
    `a SQLite file path or one of ${storeSchemes.join(', ')}`,
    t.string.is,
    (text, context) => {
      const parsed = parseStoreSetting(text.trim());
      if (E.isLeft(parsed)) return t.failure(text, context, parsed.left);
      const s = parsed.right;
      if (s.kind === 'esdb') return t.success(s.connectionString);
      const path = s.path === ':memory:' || isAbsolute(s.path) ? s.path : resolve(root, s.path);
      // The form is kept: `sqlite:<path>` stays a setting, a bare path stays a path.
      return t.success(/^sqlite:/i.test(text.trim()) ? `sqlite:${path}` : path);
    },
    String,
  );

/** The store settings, read the same way by the API, the projector, the bridge and the CLI. */
export const readStoreSettings = (settings: SettingsReader, root = repoRoot): StoreSettings => {
  const dataDir = settings.read(setting('LADDER_DATA_DIR', pathFrom(root), join(root, '.ladder')));
  const store = settings.read(
    setting(
      ['LADDER_STORE', 'LADDER_EVENT_STORE'],
      storeSettingFrom(root),
      join(dataDir, 'events.sqlite'),
    ),
  );
  // The keys sit beside a SQLite log (one folder is one installation); beside the data dir's
  // other files for EventStoreDB, or a log in memory.
  const parsed = parseStoreSetting(store);
  const keysBeside =
    E.isRight(parsed) && parsed.right.kind === 'sqlite' && parsed.right.path !== ':memory:'
      ? dirname(parsed.right.path)
      : dataDir;
  return {
    dataDir,
    store,
    readModels: settings.read(
      setting('LADDER_READ_MODELS', pathFrom(root), join(dataDir, 'read-models.sqlite')),
    ),
    keys: settings.read(setting('LADDER_KEYS', pathFrom(root), join(keysBeside, 'keys.sqlite'))),
  };
};
