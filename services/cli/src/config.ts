import { readStoreSettings, settingsReader, type Env } from '@ladder/event-store/settings';

/** Where the CLI finds the log and the read models: the same variables as the services. */
export interface CliConfig {
  readonly store: string;
  readonly readModels: string;
}

export const loadConfig = (env: Env = process.env): CliConfig => {
  const settings = settingsReader(env);
  const { store, readModels } = readStoreSettings(settings);
  settings.check();
  return { store, readModels };
};
