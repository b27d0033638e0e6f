import {
  positiveInteger,
  readStoreSettings,
  setting,
  settingsReader,
  wholeNumber,
  type Env,
} from '@ladder/event-store/settings';

/** What the projector process reads from the environment, with the embedded defaults. */
export interface ProjectorConfig {
  /** Event store settings for `openEventStore` (a SQLite path by default). */
  readonly store: string;
  /** The read-model SQLite file. */
  readonly readModels: string;
  /** `LADDER_KEYS`: the key file that opens personal parts (the directory's names). */
  readonly keys: string;
  /** Events per read-model transaction (`LADDER_PROJECTOR_BATCH`). */
  readonly batchSize: number;
  /** A backlog longer than this is applied at rebuild speed (`LADDER_PROJECTOR_CATCH_UP_THRESHOLD`). */
  readonly catchUpThreshold: number;
  /** Events per transaction in that catch-up (`LADDER_PROJECTOR_CATCH_UP_BATCH`). */
  readonly catchUpBatchSize: number;
  /** How often lag and throughput are logged (`LADDER_PROJECTOR_REPORT_MS`; 0: never). */
  readonly reportEveryMs: number;
}

export const loadConfig = (env: Env = process.env): ProjectorConfig => {
  const settings = settingsReader(env);
  const { store, readModels, keys } = readStoreSettings(settings);
  const config = {
    store,
    readModels,
    keys,
    batchSize: settings.read(setting('LADDER_PROJECTOR_BATCH', positiveInteger, 1_000)),
    catchUpThreshold: settings.read(
      setting('LADDER_PROJECTOR_CATCH_UP_THRESHOLD', wholeNumber, 20_000),
    ),
    catchUpBatchSize: settings.read(
      setting('LADDER_PROJECTOR_CATCH_UP_BATCH', positiveInteger, 25_000),
    ),
    reportEveryMs: settings.read(setting('LADDER_PROJECTOR_REPORT_MS', wholeNumber, 10_000)),
  };
  settings.check();
  return config;
};
