import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('kafka-bridge configuration', () => {
  it('defaults to the local broker and the files under .ladder/, like the API', () => {
    const config = loadConfig({});
    expect(config.brokers).toEqual(['127.0.0.1:19092']);
    expect(config.store).toMatch(/\/\.ladder\/events\.sqlite$/);
    expect(config.bridgeDb).toMatch(/\/\.ladder\/kafka-bridge\.sqlite$/);
    expect(config).toMatchObject({ topicPrefix: '', partitions: 6, relay: true, consumers: true });
  });

  it('reads brokers, the store setting and the switches from the environment', () => {
    const config = loadConfig({
      KAFKA_BROKERS: ' k1:9092, k2:9092 ,',
      LADDER_STORE: 'sqlite:/srv/ladder/events.sqlite',
      LADDER_TOPIC_PREFIX: 'dorset.',
      LADDER_KAFKA_PARTITIONS: '12',
      LADDER_BRIDGE_RELAY: 'off',
    });
    expect(config.brokers).toEqual(['k1:9092', 'k2:9092']);
    expect(config.store).toBe('sqlite:/srv/ladder/events.sqlite');
    expect(config).toMatchObject({ topicPrefix: 'dorset.', partitions: 12, relay: false });
  });

  it('refuses a bad number or an empty broker list, naming the variable', () => {
    expect(() => loadConfig({ LADDER_KAFKA_PARTITIONS: 'many' })).toThrow(
      /^LADDER_KAFKA_PARTITIONS: /,
    );
    expect(() => loadConfig({ KAFKA_BROKERS: ' , ' })).toThrow(/^KAFKA_BROKERS: /);
    expect(() => loadConfig({ LADDER_BRIDGE_RELAY: 'no' })).toThrow(
      'LADDER_BRIDGE_RELAY: expected "on" or "off", got "no"',
    );
  });
});
