import { getSqliteCheckpointStore, openEventStore } from '@ladder/event-store';
import {
  createKafka,
  startFactConsumer,
  startRelay,
  topicsFor,
  trainingCompletionHandler,
  vacancyHandler,
  type FactConsumer,
  type Relay,
} from '@ladder/messaging';
import * as E from 'fp-ts/Either';
import type { BridgeConfig } from './config';
import type { Log } from './log';

export interface Bridge {
  readonly stop: () => Promise<void>;
}

/** The relay (log → topics) and the fact consumers (topics → store) in one process. */
export const startBridge = async (config: BridgeConfig, log: Log): Promise<Bridge> => {
  const store = openEventStore(config.store);
  const checkpoints = getSqliteCheckpointStore({ path: config.bridgeDb });
  const kafka = createKafka({
    brokers: config.brokers,
    clientId: config.clientId,
    log: ({ level, message, extra }) =>
      log(level === 'error' ? 'error' : 'warn', `kafkajs: ${message}`, { kafkajs: extra }),
  });
  const topics = topicsFor(config.topicPrefix);
  let relay: Relay | undefined;
  let consumer: FactConsumer | undefined;
  try {
    if (config.relay)
      relay = await startRelay({
        store,
        kafka,
        checkpoints,
        topics,
        partitions: config.partitions,
        log,
      });
    if (config.consumers)
      consumer = await startFactConsumer({
        kafka,
        groupId: config.groupId,
        sessionTimeoutMs: config.sessionTimeoutMs,
        partitions: config.partitions,
        deadLetterTopic: topics.deadLetter,
        handlers: [
          trainingCompletionHandler({ store, topic: topics.trainingCompletions }),
          vacancyHandler({ store, topic: topics.vacancies }),
        ],
        onOutcome: ({ topic, partition, offset, result }) => {
          if (E.isLeft(result))
            log('warn', 'inbound message dead-lettered', {
              topic,
              partition,
              offset,
              ...result.left,
            });
        },
      });
  } catch (error) {
    await relay?.stop();
    await store.close();
    await checkpoints.close();
    throw error;
  }
  log('info', 'kafka bridge started', {
    brokers: config.brokers,
    relay: config.relay,
    consumers: config.consumers,
    position: relay?.position().toString(),
  });
  return {
    stop: async () => {
      await consumer?.stop();
      await relay?.stop();
      await store.close();
      await checkpoints.close();
      log('info', 'kafka bridge stopped', { position: relay?.position().toString() });
    },
  };
};
