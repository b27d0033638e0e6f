// Vitest global setup: makes sure a Kafka broker answers before the *.int.test.ts that need one.
// Uses $KAFKA_BROKERS when set (CI, or a developer's own cluster); otherwise starts the local
// broker from infra/kafka if nothing answers on its port, and stops it afterwards only if this
// run started it. Tests read the address with `inject('kafkaBrokers')` or $KAFKA_BROKERS.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    kafkaBrokers: string;
  }
}

const infra = fileURLToPath(new URL('../../../infra/kafka/', import.meta.url));
const script = (name: string): void => {
  execFileSync('bash', [`${infra}${name}`], { stdio: 'inherit' });
};
const answers = (broker: string): boolean => {
  try {
    execFileSync('node', [`${infra}probe.mjs`, broker, '1500'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

// Skip the broker when this run cannot reach a Kafka test: `pnpm test:unit` (it excludes the
// integration tier), or file filters that name none of the folders with Kafka tests (saves
// other packages' developers a JVM start). A plain `pnpm test` has no filters: broker started.
const kafkaFolders = /messaging|kafka|e2e|bench/;
const cliArgs = process.argv.slice(2);
const filters = cliArgs.filter(
  (arg, i) => !arg.startsWith('-') && arg !== 'run' && !cliArgs[i - 1]?.startsWith('--'),
);
const unitOnly = cliArgs.some((arg) => arg.includes('*.int.test.ts'));
const needsBroker =
  !unitOnly && (filters.length === 0 || filters.some((f) => kafkaFolders.test(f)));

let startedHere = false;

export default function setup(project: TestProject): () => void {
  const local = `127.0.0.1:${process.env.KAFKA_PORT ?? '19092'}`;
  const brokers = process.env.KAFKA_BROKERS ?? local;
  process.env.KAFKA_BROKERS = brokers;
  project.provide('kafkaBrokers', brokers);
  if (needsBroker && brokers === local && !answers(local)) {
    script('start.sh');
    startedHere = true;
    script('wait.sh');
  }
  return () => {
    if (startedHere) script('stop.sh');
  };
}
