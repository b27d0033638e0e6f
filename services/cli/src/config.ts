import { readStoreSettings, settingsReader, type Env } from '@ladder/event-store/settings';

/** Where the CLI finds the log and the read models: the same variables as the services. */
export interface CliConfig {
  readonly store: string;
  readonly readModels: string;
  /** `LADDER_KEYS`: the embedded key file (absent: `keys.sqlite` beside the read models). */
  readonly keys?: string;
  /** `LADDER_LA_CODE`: the DfE local authority number the census return carries. */
  readonly laCode?: string;
}

export const loadConfig = (env: Env = process.env): CliConfig => {
  const settings = settingsReader(env);
  const { store, readModels, keys } = readStoreSettings(settings);
  settings.check();
  const laCode = env['LADDER_LA_CODE'];
  return { store, readModels, keys, ...(laCode !== undefined && laCode !== '' ? { laCode } : {}) };
};
