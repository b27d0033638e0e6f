import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the CLI finds the log and the read models: the same variables as the services. */
export interface CliConfig {
  readonly store: string;
  readonly readModels: string;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): CliConfig => {
  const dataDirRaw = env['LADDER_DATA_DIR'] ?? join(repoRoot, '.ladder');
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(repoRoot, dataDirRaw);
  return {
    store: env['LADDER_STORE'] ?? env['LADDER_EVENT_STORE'] ?? join(dataDir, 'events.sqlite'),
    readModels: env['LADDER_READ_MODELS'] ?? join(dataDir, 'read-models.sqlite'),
  };
};
