import { streamKinds } from '@ladder/domain';
import {
  startFollower,
  type CheckpointStore,
  type EventStore,
  type RecordedEvent,
} from '@ladder/event-store';
import * as E from 'fp-ts/Either';
import type { Kafka, Message, Producer } from 'kafkajs';
import type { Topics } from '../contract/topics';
import { ensureTopics } from '../kafka/ensure-topics';
import { toOutboundMessage } from './to-outbound-message';

export interface RelayLog {
  (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>): void;
}

export interface RelayOptions {
  readonly store: EventStore;
  readonly kafka: Kafka;
  readonly checkpoints: CheckpointStore;
  readonly topics: Topics;
  /** Checkpoint name; two relays with different names publish independently. */
  readonly name?: string;
  /** Partitions for outbound topics the relay creates. */
  readonly partitions?: number;
  readonly maxBatch?: number;
  readonly lingerMs?: number;
  /** Wait before re-subscribing after a failure (broker unreachable, store error). */
  readonly retryDelayMs?: number;
  readonly log?: RelayLog;
}

export interface Relay {
  /** Last global position the broker acknowledged (and the checkpoint holds). */
  readonly position: () => bigint;
  /** Resolves once everything up to `position` is acknowledged and checkpointed. */
  readonly published: (position: bigint) => Promise<void>;
  readonly stop: () => Promise<void>;
}

/**
 * The outbox relay: follows the event log from its own checkpoint and publishes each event
 * (see `toOutboundMessage`). A batch is sent with acks from all in-sync replicas by an
 * idempotent producer with one request in flight, and only then is the checkpoint moved,
 * so a crash republishes at most the batch that was not yet acknowledged, and never skips.
 */
export const startRelay = async (options: RelayOptions): Promise<Relay> => {
  const name = options.name ?? 'kafka-relay';
  const log: RelayLog = options.log ?? (() => undefined);
  const { store, checkpoints, topics } = options;
  await ensureTopics(
    options.kafka,
    streamKinds.map((kind) => ({
      topic: topics.outbound(kind),
      numPartitions: options.partitions ?? 6,
    })),
  );
  const producer: Producer = options.kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  await producer.connect();

  const publish = async (events: readonly RecordedEvent[]): Promise<void> => {
    const byTopic = new Map<string, Message[]>();
    for (const event of events) {
      const outbound = toOutboundMessage(event, topics);
      if (E.isLeft(outbound)) {
        // Filtered out by prefix already; a stream that still does not parse is not ours.
        log('warn', 'relay skipped an event of an unknown stream', {
          eventId: event.eventId,
          streamName: event.streamName,
        });
        continue;
      }
      const { topic, key, value, headers } = outbound.right;
      const messages = byTopic.get(topic) ?? [];
      messages.push({ key, value, headers: { ...headers } });
      byTopic.set(topic, messages);
    }
    if (byTopic.size === 0) return;
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
  };

  let saved = await checkpoints.load(name);
  const follower = startFollower({
    store,
    after: saved,
    filter: { streamPrefixes: streamKinds.map((kind) => `${kind}-`) },
    maxBatch: options.maxBatch ?? 500,
    lingerMs: options.lingerMs ?? 5,
    // The checkpoint moves only once the broker has acknowledged the batch. Its end may lie past
    // the last event published: filtered-out events up to the head need no resend.
    handle: async ({ events, end }) => {
      await publish(events);
      if (end <= saved) return;
      await checkpoints.save(name, end);
      saved = end;
    },
    retry: {
      delayMs: options.retryDelayMs ?? 1_000,
      onError: (error, position) =>
        log('error', 'relay failed; resuming from its checkpoint', {
          position: position.toString(),
          error: error instanceof Error ? error.message : String(error),
        }),
    },
  });

  return {
    position: () => follower.position(),
    published: (at) => follower.waitFor(at),
    stop: async () => {
      await follower.stop();
      await producer.disconnect();
    },
  };
};
