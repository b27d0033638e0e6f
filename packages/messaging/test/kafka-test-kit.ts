// Helpers for tests against the real broker the vitest global setup provides.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kafka } from 'kafkajs';
import { createKafka, parseBrokers } from '../src/kafka/client';

/** The broker list for this run ($KAFKA_BROKERS, set by the global setup). */
export const testBrokers = (): string[] =>
  parseBrokers(process.env.KAFKA_BROKERS ?? '127.0.0.1:19092');

/** A topic prefix no other run uses, so reruns against one broker never see old messages. */
export const uniquePrefix = (label: string): string =>
  `test.${label}.${Date.now().toString(36)}${randomBytes(3).toString('hex')}.`;

export const testKafka = (clientId: string): Kafka =>
  createKafka({ brokers: testBrokers(), clientId });

export const tempDir = (label: string): string => mkdtempSync(join(tmpdir(), `ladder-${label}-`));

export interface ReadMessage {
  readonly partition: number;
  readonly offset: string;
  readonly key: string;
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Reads a topic from the beginning until `count` messages arrived, or until `count` (a
 * predicate) holds for what was read; failing after `timeoutMs`. A throwaway group per call.
 */
export const readTopic = async (
  kafka: Kafka,
  topic: string,
  count: number | ((messages: readonly ReadMessage[]) => boolean),
  timeoutMs = 30_000,
): Promise<ReadMessage[]> => {
  const done = (messages: readonly ReadMessage[]): boolean =>
    typeof count === 'number' ? messages.length >= count : count(messages);
  const consumer = kafka.consumer({ groupId: `reader-${randomBytes(6).toString('hex')}` });
  await consumer.connect();
  const messages: ReadMessage[] = [];
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`read only ${messages.length} messages from ${topic}`)),
        timeoutMs,
      );
      if (done(messages)) resolve();
      void consumer.run({
        eachMessage: ({ partition, message }) => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(message.headers ?? {}))
            if (value !== undefined) headers[name] = value.toString();
          messages.push({
            partition,
            offset: message.offset,
            key: message.key?.toString() ?? '',
            value: message.value?.toString() ?? '',
            headers,
          });
          if (done(messages)) {
            clearTimeout(timer);
            resolve();
          }
          return Promise.resolve();
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return messages;
};

/** Polls `check` until it returns true or `timeoutMs` passes (then fails with `what`). */
export const eventually = async (
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
