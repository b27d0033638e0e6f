import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { getSqliteEventStore, type EventStore, type RecordedEvent } from '@ladder/event-store';
import { deadLetterHeaders, topicsFor } from '@ladder/messaging';
import {
  eventually,
  readTopic,
  tempDir,
  testBrokers,
  testKafka,
  uniquePrefix,
} from '@ladder/messaging/testing';
import { seedFrameworksPublished, staffJoined } from '@ladder/messaging/testing/staff-events';
import * as E from 'fp-ts/Either';
import type { Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnBridge } from './bridge-process';

const STAFF = 10;
const PER_STAFF = 30;

const bridgeEnv = (dir: string, label: string) => ({
  LADDER_STORE: join(dir, 'events.sqlite'),
  LADDER_BRIDGE_DB: join(dir, 'bridge.sqlite'),
  KAFKA_BROKERS: testBrokers().join(','),
  LADDER_TOPIC_PREFIX: uniquePrefix(label),
  LADDER_KAFKA_GROUP: `bridge-${randomUUID()}`,
  LADDER_BRIDGE_RELAY: 'off',
  LADDER_KAFKA_PARTITIONS: '4',
  // A killed bridge's partitions move on after 6 s (the broker's minimum) instead of 30 s.
  LADDER_KAFKA_SESSION_TIMEOUT_MS: '6000',
});

const readAllEvents = async (store: EventStore, type: string): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll({ filter: { eventTypes: [type] } })) events.push(event);
  return events;
};

const send = (
  producer: Producer,
  topic: string,
  messages: readonly { key: string; value: string }[],
) => producer.send({ topic, acks: -1, messages: [...messages] });

describe('fact consumers in the bridge, against a real broker', () => {
  const dir = tempDir('facts');
  let store: EventStore;
  let producer: Producer;
  const kafka = testKafka('facts-test');

  beforeAll(async () => {
    store = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
    // The ladders a vacancy's grade is checked against, as every Ladder start publishes them.
    for (const { streamName, event } of seedFrameworksPublished())
      expect(E.isRight(await store.append(streamName, [event]))).toBe(true);
    for (let s = 0; s < STAFF; s++)
      expect(E.isRight(await store.append(`staff-fw-${s}`, [staffJoined(`fw-${s}`)]))).toBe(true);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies every training completion exactly once across a SIGKILL, a restart and a rebalance mid-burst', async () => {
    const env = bridgeEnv(dir, 'training');
    const topics = topicsFor(env.LADDER_TOPIC_PREFIX);
    const messages = Array.from({ length: STAFF * PER_STAFF }, (_, i) => {
      const staffId = `fw-${i % STAFF}`;
      return {
        key: staffId,
        value: JSON.stringify({
          messageId: randomUUID(),
          staffId,
          course: `Safeguarding module ${i}`,
          completedOn: '2024-06-01',
        }),
      };
    });
    const sendRange = async (from: number, to: number) => {
      for (let i = from; i < to; i += 30)
        await send(producer, topics.trainingCompletions, messages.slice(i, Math.min(i + 30, to)));
    };
    const applied = async () => (await readAllEvents(store, 'TrainingCompleted')).length;
    const third = messages.length / 3;

    const first = spawnBridge(env);
    await first.started;
    await sendRange(0, third);
    await eventually('part of the burst to be applied', async () => (await applied()) >= 40);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const appliedAtKill = await applied();
    expect(appliedAtKill).toBeLessThan(messages.length);

    // More of the burst while it is down; then a restarted bridge, and a second one joining
    // the group while the first consumes (a rebalance moves partitions between them).
    await sendRange(third, 2 * third);
    const second = spawnBridge(env);
    await second.started;
    const scaledOut = spawnBridge(env);
    await sendRange(2 * third, messages.length);
    await scaledOut.started;
    // The learning system re-sends the first 50 (same message ids).
    await send(producer, topics.trainingCompletions, messages.slice(0, 50));
    await eventually(
      'every message to be applied',
      async () => (await applied()) >= messages.length,
      60_000,
    );
    // Give redeliveries (the killed bridge's uncommitted offsets, the re-sent 50) time to land.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    second.child.kill('SIGTERM');
    scaledOut.child.kill('SIGTERM');
    expect([await second.exited, await scaledOut.exited]).toEqual([0, 0]);

    const recorded = await readAllEvents(store, 'TrainingCompleted');
    expect(recorded.length).toBe(messages.length);
    const courses = recorded.map((e) => `${e.streamName}|${(e.data as { course: string }).course}`);
    expect(new Set(courses).size).toBe(messages.length);
    for (const m of messages) {
      const { staffId, course, messageId } = JSON.parse(m.value) as Record<string, string>;
      const event = recorded.find(
        (e) =>
          e.streamName === `staff-${staffId}` && (e.data as { course: string }).course === course,
      );
      expect(event?.correlationId).toBe(messageId);
      expect(event?.effectiveAt).toBe('2024-06-01T00:00:00.000Z');
      expect(event?.actor).toEqual({ id: 'learning-system', role: 'integration' });
    }
    // Nothing was dead-lettered: the topic's partitions are all still empty.
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topics.deadLetter);
    await admin.disconnect();
    expect(offsets.length).toBe(4);
    expect(offsets.map((o) => o.high)).toEqual(['0', '0', '0', '0']);
  }, 120_000);

  it('dead-letters poison messages with the reason and carries on', async () => {
    const env = bridgeEnv(dir, 'poison');
    const topics = topicsFor(env.LADDER_TOPIC_PREFIX);
    const bridge = spawnBridge(env);
    await bridge.started;
    const training = (body: Record<string, string>) => ({
      key: body.staffId ?? 'none',
      value: JSON.stringify({ messageId: randomUUID(), ...body }),
    });
    await send(producer, topics.trainingCompletions, [
      { key: 'fw-1', value: '{"messageId": "m-1", "staffId": ' },
      training({ staffId: 'fw-1', completedOn: '2024-06-01' }),
      training({ staffId: 'fw-1', course: 'First aid', completedOn: '2024-02-30' }),
      training({ staffId: 'nobody', course: 'First aid', completedOn: '2024-06-01' }),
      training({ staffId: 'fw-2', course: 'After the poison', completedOn: '2024-06-02' }),
    ]);
    const vacancy = (body: Record<string, string>) => ({
      key: body.vacancyId ?? 'none',
      value: JSON.stringify({ messageId: randomUUID(), ...body }),
    });
    const opened = {
      action: 'opened',
      jobFamily: 'family-worker',
      grade: 'L2',
      serviceArea: 'childrens-services',
      team: 'north-locality',
      zone: 'dorset-north',
      openedOn: '2024-07-01',
    };
    await send(producer, topics.vacancies, [
      vacancy({ ...opened, vacancyId: 'v-bad-grade', grade: 'SW3' }),
      vacancy({ ...opened, vacancyId: 'v-bad-action', action: 'reopened' }),
      vacancy({
        vacancyId: 'v-never-opened',
        action: 'withdrawn',
        withdrawnOn: '2024-07-02',
        reason: 'budget',
      }),
      vacancy({ ...opened, vacancyId: 'v-1' }),
      vacancy({ vacancyId: 'v-1', action: 'filled', staffId: 'fw-3', filledOn: '2024-08-01' }),
    ]);

    const dead = await readTopic(kafka, topics.deadLetter, 7);
    const reasons = dead.map((m) => ({
      source: m.headers[deadLetterHeaders.sourceTopic],
      code: m.headers[deadLetterHeaders.code],
      reason: m.headers[deadLetterHeaders.reason] ?? '',
    }));
    const expectDead = (source: string, code: string, reason: RegExp) =>
      expect(
        reasons.some((r) => r.source === source && r.code === code && reason.test(r.reason)),
        `${code} ${reason} in ${JSON.stringify(reasons)}`,
      ).toBe(true);
    expectDead(topics.trainingCompletions, 'invalid', /^message: is not JSON/);
    expectDead(
      topics.trainingCompletions,
      'invalid',
      /^course: expected NonEmptyString, got nothing/,
    );
    expectDead(
      topics.trainingCompletions,
      'invalid',
      /^completedOn: expected IsoDate, got "2024-02-30"/,
    );
    expectDead(topics.trainingCompletions, 'refused', /^StaffNotFound/);
    expectDead(topics.vacancies, 'refused', /^GradeOutsideJobFamily/);
    expectDead(topics.vacancies, 'invalid', /^action: expected VacancyAction/);
    expectDead(topics.vacancies, 'refused', /^VacancyNotFound/);
    // The original message travels with its reason, so it can be fixed and re-sent.
    const notJson = dead.find((m) => m.value.startsWith('{"messageId": "m-1"'));
    expect(notJson?.key).toBe('fw-1');
    expect(notJson?.headers[deadLetterHeaders.sourceOffset]).toMatch(/^\d+$/);

    // Valid messages after the poison were applied.
    await eventually('the good messages to be applied', async () => {
      const vacancyEvents: string[] = [];
      for await (const e of store.readStream('vacancy-v-1')) vacancyEvents.push(e.type);
      const training: string[] = [];
      for await (const e of store.readStream('staff-fw-2')) training.push(JSON.stringify(e.data));
      return (
        vacancyEvents.join() === 'VacancyOpened,VacancyFilled' &&
        training.some((d) => d.includes('After the poison'))
      );
    });
    expect(await store.streamRevision('vacancy-v-never-opened')).toBe('no-stream');
    expect(await store.streamRevision('vacancy-v-bad-grade')).toBe('no-stream');
    bridge.child.kill('SIGTERM');
    expect(await bridge.exited).toBe(0);
  }, 90_000);
});
