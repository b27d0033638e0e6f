import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the bridge reads from the environment (docs/kafka.md). */
export interface BridgeConfig {
  /** Event store setting for `openEventStore`: a SQLite path (or `sqlite:<path>`). */
  readonly store: string;
  /** The bridge's own SQLite file: the relay's checkpoint. */
  readonly bridgeDb: string;
  readonly brokers: readonly string[];
  /** Prepended to every topic name, so several installations can share a cluster. */
  readonly topicPrefix: string;
  readonly groupId: string;
  readonly clientId: string;
  /** Partitions for topics the bridge creates. */
  readonly partitions: number;
  /** Consumer-group session timeout: how soon a crashed bridge's partitions move on. */
  readonly sessionTimeoutMs: number;
  readonly relay: boolean;
  readonly consumers: boolean;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fromRoot = (path: string): string => (isAbsolute(path) ? path : resolve(repoRoot, path));

const positiveInt = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name}: must be a positive integer, got "${raw}"`);
  return value;
};

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): BridgeConfig => {
  const dataDir = fromRoot(env['LADDER_DATA_DIR'] ?? '.ladder');
  const storeRaw =
    env['LADDER_STORE'] ?? env['LADDER_EVENT_STORE'] ?? join(dataDir, 'events.sqlite');
  // A bare path is relative to the repository, like the API's; a scheme is passed as it is.
  const store =
    /^[a-z][a-z0-9+.-]*:/i.test(storeRaw) && !/^[a-z]:\\/i.test(storeRaw)
      ? storeRaw
      : fromRoot(storeRaw);
  const brokers = (env['KAFKA_BROKERS'] ?? '127.0.0.1:19092')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS: must name at least one host:port');
  return {
    store,
    bridgeDb: fromRoot(env['LADDER_BRIDGE_DB'] ?? join(dataDir, 'kafka-bridge.sqlite')),
    brokers,
    topicPrefix: env['LADDER_TOPIC_PREFIX'] ?? '',
    groupId: env['LADDER_KAFKA_GROUP'] ?? 'ladder-kafka-bridge',
    clientId: env['LADDER_KAFKA_CLIENT_ID'] ?? 'ladder-kafka-bridge',
    partitions: positiveInt('LADDER_KAFKA_PARTITIONS', env['LADDER_KAFKA_PARTITIONS'], 6),
    sessionTimeoutMs: positiveInt(
      'LADDER_KAFKA_SESSION_TIMEOUT_MS',
      env['LADDER_KAFKA_SESSION_TIMEOUT_MS'],
      30_000,
    ),
    relay: env['LADDER_BRIDGE_RELAY'] !== 'off',
    consumers: env['LADDER_BRIDGE_CONSUMERS'] !== 'off',
  };
};
