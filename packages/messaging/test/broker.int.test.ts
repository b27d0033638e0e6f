import { Kafka, logLevel } from 'kafkajs';
import { describe, expect, inject, it } from 'vitest';

describe('the broker the test run provides', () => {
  it('answers a metadata request and lists at least one broker', async () => {
    const admin = new Kafka({
      brokers: inject('kafkaBrokers').split(','),
      clientId: 'ladder-broker-check',
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    try {
      const cluster = await admin.describeCluster();
      expect(cluster.brokers.length).toBeGreaterThanOrEqual(1);
      expect(process.env.KAFKA_BROKERS).toBe(inject('kafkaBrokers'));
    } finally {
      await admin.disconnect();
    }
  });
});
