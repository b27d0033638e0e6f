import * as E from 'fp-ts/Either';
import type { IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { deadLetterHeaders } from '../contract/headers';
import { deadLetterValue } from './dead-letter-value';
import { ensureTopics } from '../kafka/ensure-topics';
import type { Applied, FactHandler, Rejection } from './fact-handler';

export interface FactConsumerOptions {
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly handlers: readonly FactHandler[];
  readonly deadLetterTopic: string;
  /** Partitions for the inbound and dead-letter topics if they must be created. */
  readonly partitions?: number;
  /**
   * How long the broker waits for a silent member before handing its partitions to others
   * (kafkajs default 30 s; a crashed bridge's partitions are idle that long).
   */
  readonly sessionTimeoutMs?: number;
  /** Told about every message handled (for logs and tests). */
  readonly onOutcome?: (outcome: FactOutcome) => void;
}

export interface FactOutcome {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly result: E.Either<Rejection, Applied>;
}

export interface FactConsumer {
  readonly stop: () => Promise<void>;
}

const parseJson = (message: KafkaMessage): E.Either<Rejection, unknown> => {
  if (message.value === null) return E.left({ code: 'invalid', reason: 'message: has no value' });
  try {
    return E.right(JSON.parse(message.value.toString('utf8')));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return E.left({ code: 'invalid', reason: `message: is not JSON (${detail})` });
  }
};

/**
 * Consumes the facts other systems send. Each message is validated and applied once by its
 * topic's handler; one that is rejected is copied to the dead-letter topic with the reason
 * (acknowledged by the broker before the offset moves on) and consumption carries on.
 * Offsets are committed after a message is handled, so a crash redelivers, never skips; the
 * handlers make redelivery harmless (see `applyOnce`).
 */
export const startFactConsumer = async (options: FactConsumerOptions): Promise<FactConsumer> => {
  const { kafka, handlers, deadLetterTopic } = options;
  await ensureTopics(
    kafka,
    [...handlers.map((h) => h.topic), deadLetterTopic].map((topic) => ({
      topic,
      numPartitions: options.partitions ?? 6,
    })),
  );
  const producer: Producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  const sessionTimeout = options.sessionTimeoutMs ?? 30_000;
  const consumer = kafka.consumer({
    groupId: options.groupId,
    allowAutoTopicCreation: false,
    sessionTimeout,
    heartbeatInterval: Math.max(500, Math.floor(sessionTimeout / 6)),
  });
  await consumer.connect();
  const byTopic = new Map(handlers.map((h) => [h.topic, h]));
  await consumer.subscribe({ topics: [...byTopic.keys()], fromBeginning: true });

  const deadLetter = async (
    topic: string,
    partition: number,
    message: KafkaMessage,
    rejection: Rejection,
  ): Promise<void> => {
    const headers: IHeaders = {
      ...message.headers,
      [deadLetterHeaders.code]: rejection.code,
      [deadLetterHeaders.reason]: rejection.reason,
      [deadLetterHeaders.sourceTopic]: topic,
      [deadLetterHeaders.sourcePartition]: String(partition),
      [deadLetterHeaders.sourceOffset]: message.offset,
    };
    await producer.send({
      topic: deadLetterTopic,
      acks: -1,
      messages: [{ key: message.key, value: deadLetterValue(message.value), headers }],
    });
  };

  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const handler = byTopic.get(topic);
      const json = parseJson(message);
      const result: E.Either<Rejection, Applied> =
        handler === undefined
          ? E.left({ code: 'invalid', reason: `topic: no handler for ${topic}` })
          : E.isLeft(json)
            ? json
            : await handler.handle(json.right);
      if (E.isLeft(result)) await deadLetter(topic, partition, message, result.left);
      options.onOutcome?.({ topic, partition, offset: message.offset, result });
    },
  });

  return {
    stop: async () => {
      await consumer.disconnect();
      await producer.disconnect();
    },
  };
};
