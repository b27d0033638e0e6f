import { randomBytes } from 'node:crypto';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VerifierConfig } from '../auth/verifier';

/** Everything `pnpm start` reads from the environment, with the embedded defaults. */
export interface ApiConfig {
  readonly port: number;
  readonly host: string;
  /** Holds the event store, the read models and the idempotency keys. */
  readonly dataDir: string;
  readonly eventStore: string;
  readonly readModels: string;
  readonly apiDb: string;
  readonly auth: VerifierConfig;
  /** True when no secret was given: one was generated for this run and must be shown. */
  readonly generatedSecret: boolean;
  readonly bodyLimit: string;
  readonly logLevel: string;
  /** How many staff the first-run demo council has. */
  readonly demoStaff: number;
  readonly seedDemo: boolean;
}

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): ApiConfig => {
  const dataDirRaw = env['LADDER_DATA_DIR'] ?? join(repoRoot, '.ladder');
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(repoRoot, dataDirRaw);
  const jwks = env['LADDER_JWKS_URL'];
  const secret = env['LADDER_JWT_SECRET'];
  const generated = randomBytes(32).toString('base64url');
  return {
    port: Number(env['LADDER_PORT'] ?? env['PORT'] ?? 3000),
    host: env['LADDER_HOST'] ?? '127.0.0.1',
    dataDir,
    eventStore: env['LADDER_EVENT_STORE'] ?? join(dataDir, 'events.sqlite'),
    readModels: env['LADDER_READ_MODELS'] ?? join(dataDir, 'read-models.sqlite'),
    apiDb: join(dataDir, 'api.sqlite'),
    auth:
      jwks !== undefined && jwks !== ''
        ? { kind: 'jwks', url: jwks }
        : { kind: 'hs256', secret: secret !== undefined && secret !== '' ? secret : generated },
    generatedSecret: (jwks === undefined || jwks === '') && (secret === undefined || secret === ''),
    bodyLimit: env['LADDER_BODY_LIMIT'] ?? '64kb',
    logLevel: env['LADDER_LOG_LEVEL'] ?? 'info',
    demoStaff: Number(env['LADDER_DEMO_STAFF'] ?? 300),
    seedDemo: env['LADDER_SEED_DEMO'] !== 'false',
  };
};
