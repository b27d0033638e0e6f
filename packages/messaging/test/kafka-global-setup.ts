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

// `pnpm test:unit` excludes the integration tier: no broker needed then.
const unitOnly = process.argv.some((arg) => arg.includes('*.int.test.ts'));

let startedHere = false;

export default function setup(project: TestProject): () => void {
  const local = `127.0.0.1:${process.env.KAFKA_PORT ?? '19092'}`;
  const brokers = process.env.KAFKA_BROKERS ?? local;
  process.env.KAFKA_BROKERS = brokers;
  project.provide('kafkaBrokers', brokers);
  if (!unitOnly && brokers === local && !answers(local)) {
    script('start.sh');
    startedHere = true;
    script('wait.sh');
  }
  return () => {
    if (startedHere) script('stop.sh');
  };
}
