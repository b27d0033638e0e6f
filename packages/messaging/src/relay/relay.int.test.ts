import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  getSqliteCheckpointStore,
  getSqliteEventStore,
  type EventStore,
} from '@ladder/event-store';
import * as E from 'fp-ts/Either';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readTopic,
  tempDir,
  testBrokers,
  testKafka,
  uniquePrefix,
  type ReadMessage,
} from '../../test/kafka-test-kit';
import { staffJoined, trainingCompleted } from '../../test/staff-events';
import { eventHeaders } from '../contract/headers';
import { IntegrationEvent } from '../contract/integration-event';
import { topicsFor } from '../contract/topics';
import { startRelay, type Relay } from './relay';

const STAFF = 12;
const TRAININGS = 10;

describe('relay against a real broker', () => {
  const dir = tempDir('relay');
  const topics = topicsFor(uniquePrefix('relay'));
  const kafka = testKafka('relay-test');
  let store: EventStore;
  let relay: Relay;
  let published: ReadMessage[];

  beforeAll(async () => {
    store = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
    const staffIds = Array.from({ length: STAFF }, (_, i) => `fw-${i + 1}`);
    for (const id of staffIds)
      expect(E.isRight(await store.append(`staff-${id}`, [staffJoined(id)]))).toBe(true);
    // Interleave the staff members, so the global order differs from each stream's order.
    for (let n = 0; n < TRAININGS; n++)
      for (const id of staffIds)
        expect(
          E.isRight(await store.append(`staff-${id}`, [trainingCompleted(`course-${id}-${n}`)])),
        ).toBe(true);
    relay = await startRelay({
      store,
      kafka,
      checkpoints: getSqliteCheckpointStore({ path: join(dir, 'bridge.sqlite') }),
      topics,
      partitions: 4,
      maxBatch: 25,
    });
    await relay.published(await store.headPosition());
    published = await readTopic(kafka, topics.outbound('staff'), STAFF * (TRAININGS + 1));
  });

  afterAll(async () => {
    await relay.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps each staff member's events in stream order, on one partition, across several partitions", () => {
    const byKey = new Map<string, ReadMessage[]>();
    for (const m of published) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
    expect(byKey.size).toBe(STAFF);
    for (const [key, messages] of byKey) {
      expect(new Set(messages.map((m) => m.partition)).size, key).toBe(1);
      const inPartitionOrder = [...messages].sort((a, b) =>
        Number(BigInt(a.offset) - BigInt(b.offset)),
      );
      const revisions = inPartitionOrder.map(
        (m) => (JSON.parse(m.value) as IntegrationEvent).revision,
      );
      expect(revisions).toEqual(Array.from({ length: TRAININGS + 1 }, (_, i) => String(i)));
    }
    expect(new Set(published.map((m) => m.partition)).size).toBeGreaterThan(1);
  });

  it('publishes the contract: envelope, headers, facts, and no personal data', () => {
    for (const m of published) {
      const value: unknown = JSON.parse(m.value);
      const decoded = IntegrationEvent.decode(value);
      expect(E.isRight(decoded)).toBe(true);
      if (E.isLeft(decoded)) continue;
      expect(decoded.right.aggregate).toEqual({ kind: 'staff', id: m.key });
      expect(m.headers[eventHeaders.eventId]).toBe(decoded.right.eventId);
      expect(m.headers[eventHeaders.eventType]).toBe(decoded.right.type);
      expect(m.headers[eventHeaders.schemaVersion]).toBe(String(decoded.right.schemaVersion));
      expect(m.headers[eventHeaders.correlationId]).toBe(decoded.right.correlationId);
      expect(m.value).not.toContain('Person ');
      expect(m.value).not.toContain('1990-01-15');
      expect(value).not.toHaveProperty('reason');
    }
    const joined = published.find(
      (m) => m.key === 'fw-1' && m.headers[eventHeaders.eventType] === 'StaffJoined',
    );
    expect(JSON.parse(joined?.value ?? '{}')).toMatchObject({
      data: { staffId: 'fw-1', jobFamily: 'family-worker', grade: 'L1', joinedOn: '2023-04-03' },
    });
  });

  it('moves the checkpoint to the acknowledged head and publishes new events live', async () => {
    expect(relay.position()).toBe(await store.headPosition());
    const appended = await store.append('staff-fw-1', [trainingCompleted('live-course')]);
    expect(E.isRight(appended)).toBe(true);
    if (E.isLeft(appended)) return;
    await relay.published(appended.right.position);
    const all = await readTopic(kafka, topics.outbound('staff'), published.length + 1);
    expect(all.some((m) => m.value.includes('live-course'))).toBe(true);
  });

  it('is readable by an outside client: kcat sees the keys, headers and JSON', async () => {
    const { stdout } = await promisify(execFile)(
      'kcat',
      ['-b', testBrokers().join(','), '-C', '-t', topics.outbound('staff'), '-e', '-q', '-J'],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const lines = stdout
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { key: string; payload: string; headers?: string[] });
    expect(lines.length).toBe(STAFF * (TRAININGS + 1) + 1);
    for (const line of lines) {
      const headers = new Map<string, string>();
      const flat = line.headers ?? [];
      for (let i = 0; i + 1 < flat.length; i += 2) headers.set(flat[i] ?? '', flat[i + 1] ?? '');
      const event = JSON.parse(line.payload) as IntegrationEvent;
      expect(line.key).toBe(event.aggregate.id);
      expect(headers.get(eventHeaders.eventId)).toBe(event.eventId);
      expect(headers.get(eventHeaders.eventType)).toBe(event.type);
      expect(headers.get(eventHeaders.schemaVersion)).toBe(String(event.schemaVersion));
      expect(headers.get(eventHeaders.correlationId)).toBe(event.correlationId);
    }
  });
});
