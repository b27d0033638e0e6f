// Vitest global setup: makes sure a Kafka broker answers before the *.int.test.ts that need one.
// Uses $KAFKA_BROKERS when set (CI, or a developer's own cluster); otherwise starts the local
// broker from infra/kafka if nothing answers on its port, and stops it afterwards only if this
// run started it. Tests read the address with `inject('kafkaBrokers')` or $KAFKA_BROKERS.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { currentRun, reaches } from '@ladder/test-setup/run-selection';
import { ensureBroker } from './local-broker';

declare module 'vitest' {
  export interface ProvidedContext {
    kafkaBrokers: string;
  }
}

// Skip the broker when this run cannot reach a Kafka test: `pnpm test:unit` (it excludes the
// integration tier), or file filters that name none of the folders with Kafka tests (saves
// other packages' developers a JVM start). A plain `pnpm test` has no filters: broker started.
const kafkaFolders = /messaging|kafka|e2e|bench/;
const needsBroker = reaches(currentRun(), kafkaFolders, 'integration');

export default function setup(project: TestProject): () => void {
  const local = `127.0.0.1:${process.env.KAFKA_PORT ?? '19092'}`;
  const broker = needsBroker
    ? ensureBroker()
    : { brokers: process.env.KAFKA_BROKERS ?? local, stop: () => undefined };
  process.env.KAFKA_BROKERS = broker.brokers;
  project.provide('kafkaBrokers', broker.brokers);
  return broker.stop;
}
