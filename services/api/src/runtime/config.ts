import { join } from 'node:path';
import {
  portNumber,
  positiveInteger,
  readStoreSettings,
  setting,
  settingsReader,
  text,
  trueFalse,
  type Env,
} from '@ladder/event-store/settings';
import type { SignInConfig } from '../auth/sign-in';
import { readPersonalDataRoles } from '../personal-data/roles-setting';
import type { PersonalDataRoles } from '../personal-data/services';
import { defaultMaxLifetimeSeconds, type VerifierConfig } from '../auth/verifier';
import { secondsOf } from './lifetime';
import { readSignInSettings } from './sign-in-settings';

/** Everything `pnpm start` reads from the environment, with the embedded defaults. */
export interface ApiConfig {
  readonly port: number;
  readonly host: string;
  /** Holds the event store, the read models and the idempotency keys. */
  readonly dataDir: string;
  readonly eventStore: string;
  readonly readModels: string;
  /** `LADDER_KEYS`: the embedded key file (each person's data key, apart from the log). */
  readonly keys: string;
  /** Who may ask for an erasure, approve one, and export a person's data. */
  readonly personalDataRoles: PersonalDataRoles;
  readonly apiDb: string;
  /** Null: use the local secret kept in the data directory (see `localSecret`). */
  readonly auth: VerifierConfig | null;
  /** `LADDER_TOKEN_MAX_LIFETIME`: the longest a bearer token may live (`3600`, `8h`, `30d`). */
  readonly tokenMaxLifetimeSeconds: number;
  readonly bodyLimit: string;
  readonly logLevel: string;
  /** How many staff the first-run demo council has. */
  readonly demoStaff: number;
  readonly demoYears: number;
  readonly seedDemo: boolean;
  /** How people sign in with a browser: demo, OpenID Connect, sessions. */
  readonly signIn: SignInConfig;
  /**
   * `LADDER_LA_CODE`: the council's three-digit DfE local authority number, which the census
   * return carries. The demo council defaults to 303 (Bexley, whose social work ladder it uses).
   */
  readonly laCode: string | null;
}

const laCodeOf = (value: string): string | null => {
  if (value === '') return null;
  if (!/^\d{3}$/.test(value))
    throw new Error(`LADDER_LA_CODE must be the DfE's three-digit LA number, not "${value}"`);
  return value;
};

/** `3600`, `90m`, `8h`, `30d` → seconds; anything else is a mistake to stop on, not to guess. */
export const parseLifetime = (text: string): number => {
  const seconds = secondsOf(text);
  if (seconds === undefined)
    throw new Error(`LADDER_TOKEN_MAX_LIFETIME must be like 3600, 90m, 8h or 30d, not "${text}"`);
  return seconds;
};

export const loadConfig = (env: Env = process.env): ApiConfig => {
  const settings = settingsReader(env);
  const { dataDir, store, readModels, keys } = readStoreSettings(settings);
  const jwks = env['LADDER_JWKS_URL'];
  const secret = env['LADDER_JWT_SECRET'];
  const lifetime = env['LADDER_TOKEN_MAX_LIFETIME'];
  const tokenMaxLifetimeSeconds =
    lifetime !== undefined && lifetime !== '' ? parseLifetime(lifetime) : defaultMaxLifetimeSeconds;
  const seedDemo = settings.read(setting('LADDER_SEED_DEMO', trueFalse, true));
  const config: ApiConfig = {
    port: settings.read(setting(['LADDER_PORT', 'PORT'], portNumber, 3000)),
    host: settings.read(setting('LADDER_HOST', text, '127.0.0.1')),
    dataDir,
    eventStore: store,
    readModels,
    keys,
    personalDataRoles: readPersonalDataRoles(settings),
    apiDb: join(dataDir, 'api.sqlite'),
    auth:
      jwks !== undefined && jwks !== ''
        ? { kind: 'jwks', url: jwks, maxLifetimeSeconds: tokenMaxLifetimeSeconds }
        : secret !== undefined && secret !== ''
          ? { kind: 'hs256', secret, maxLifetimeSeconds: tokenMaxLifetimeSeconds }
          : null,
    tokenMaxLifetimeSeconds,
    bodyLimit: settings.read(setting('LADDER_BODY_LIMIT', text, '64kb')),
    logLevel: settings.read(setting('LADDER_LOG_LEVEL', text, 'info')),
    demoStaff: settings.read(setting('LADDER_DEMO_STAFF', positiveInteger, 300)),
    demoYears: settings.read(setting('LADDER_DEMO_YEARS', positiveInteger, 6)),
    seedDemo,
    signIn: readSignInSettings(settings, seedDemo),
    laCode: laCodeOf(settings.read(setting('LADDER_LA_CODE', text, seedDemo ? '303' : ''))),
  };
  settings.check();
  return config;
};
