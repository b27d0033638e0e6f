import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the projector process reads from the environment, with the embedded defaults. */
export interface ProjectorConfig {
  /** Event store settings for `openEventStore` (a SQLite path by default). */
  readonly store: string;
  /** The read-model SQLite file. */
  readonly readModels: string;
  readonly batchSize: number;
  /** How often lag and throughput are logged (0: never). */
  readonly reportEveryMs: number;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const positiveInteger = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
};

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): ProjectorConfig => {
  const dataDirRaw = env['LADDER_DATA_DIR'] ?? join(repoRoot, '.ladder');
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(repoRoot, dataDirRaw);
  return {
    store: env['LADDER_STORE'] ?? env['LADDER_EVENT_STORE'] ?? join(dataDir, 'events.sqlite'),
    readModels: env['LADDER_READ_MODELS'] ?? join(dataDir, 'read-models.sqlite'),
    batchSize: Math.max(
      1,
      positiveInteger('LADDER_PROJECTOR_BATCH', env['LADDER_PROJECTOR_BATCH'], 1_000),
    ),
    reportEveryMs: positiveInteger(
      'LADDER_PROJECTOR_REPORT_MS',
      env['LADDER_PROJECTOR_REPORT_MS'],
      10_000,
    ),
  };
};
