import type { Kafka } from 'kafkajs';

export interface TopicSpec {
  readonly topic: string;
  readonly numPartitions: number;
}

/** Creates the topics that do not exist yet (the broker does not auto-create). Idempotent. */
export const ensureTopics = async (kafka: Kafka, topics: readonly TopicSpec[]): Promise<void> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t.topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((t) => ({ topic: t.topic, numPartitions: t.numPartitions })),
    });
  } finally {
    await admin.disconnect();
  }
};
