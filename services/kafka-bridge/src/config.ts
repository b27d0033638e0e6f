import { join } from 'node:path';
import {
  fromText,
  onOff,
  pathFrom,
  positiveInteger,
  readStoreSettings,
  repoRoot,
  setting,
  settingsReader,
  text,
  type Env,
} from '@ladder/event-store/settings';

/** What the bridge reads from the environment (docs/kafka.md, docs/operations.md). */
export interface BridgeConfig {
  /** Event store setting for `openEventStore`: a SQLite path (or `sqlite:<path>`, `esdb://…`). */
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

const brokerList = fromText('a comma-separated list of host:port', (list) => {
  const brokers = list
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  return brokers.length > 0 ? brokers : undefined;
});

export const loadConfig = (env: Env = process.env): BridgeConfig => {
  const settings = settingsReader(env);
  const { store, dataDir } = readStoreSettings(settings);
  const config: BridgeConfig = {
    store,
    bridgeDb: settings.read(
      setting('LADDER_BRIDGE_DB', pathFrom(repoRoot), join(dataDir, 'kafka-bridge.sqlite')),
    ),
    brokers: settings.read(setting('KAFKA_BROKERS', brokerList, ['127.0.0.1:19092'])),
    topicPrefix: settings.read(setting('LADDER_TOPIC_PREFIX', text, '')),
    groupId: settings.read(setting('LADDER_KAFKA_GROUP', text, 'ladder-kafka-bridge')),
    clientId: settings.read(setting('LADDER_KAFKA_CLIENT_ID', text, 'ladder-kafka-bridge')),
    partitions: settings.read(setting('LADDER_KAFKA_PARTITIONS', positiveInteger, 6)),
    sessionTimeoutMs: settings.read(
      setting('LADDER_KAFKA_SESSION_TIMEOUT_MS', positiveInteger, 30_000),
    ),
    relay: settings.read(setting('LADDER_BRIDGE_RELAY', onOff, true)),
    consumers: settings.read(setting('LADDER_BRIDGE_CONSUMERS', onOff, true)),
  };
  settings.check();
  return config;
};
