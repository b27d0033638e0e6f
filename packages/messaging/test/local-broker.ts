// Finds or starts the Kafka broker for tests and benchmarks on a developer machine.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const infra = fileURLToPath(new URL('../../../infra/kafka/', import.meta.url));

const script = (name: string): void => {
  execFileSync('bash', [`${infra}${name}`], { stdio: ['ignore', 'inherit', 'inherit'] });
};

/** True when a broker at `host:port` answers a metadata request (infra/kafka/probe.mjs). */
export const brokerAnswers = (broker: string): boolean => {
  try {
    execFileSync(process.execPath, [`${infra}probe.mjs`, broker, '1500'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export interface LocalBroker {
  /** Comma-separated, as `$KAFKA_BROKERS`. */
  readonly brokers: string;
  /** True when this call started the broker (and `stop` will stop it). */
  readonly startedHere: boolean;
  readonly stop: () => void;
}

/**
 * `$KAFKA_BROKERS` if set (used as it is); otherwise the local broker from infra/kafka on
 * `$KAFKA_PORT` (19092), started with its scripts when nothing answers there.
 */
export const ensureBroker = (): LocalBroker => {
  const local = `127.0.0.1:${process.env.KAFKA_PORT ?? '19092'}`;
  const brokers = process.env.KAFKA_BROKERS ?? local;
  if (brokers !== local || brokerAnswers(local))
    return { brokers, startedHere: false, stop: () => undefined };
  script('start.sh');
  script('wait.sh');
  return { brokers, startedHere: true, stop: () => script('stop.sh') };
};
