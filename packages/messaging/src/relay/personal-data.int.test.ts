import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { afterAll, describe, expect, it } from 'vitest';
import {
  getSqliteCheckpointStore,
  getSqliteEventStore,
  openSqliteKeyService,
  sealPersonalData,
  type NewEvent,
} from '@ladder/event-store';
import { readTopic, tempDir, testKafka, uniquePrefix } from '../../test/kafka-test-kit';
import { staffJoined } from '../../test/staff-events';
import { topicsFor } from '../contract/topics';
import { startFactConsumer } from '../consumer/fact-consumer';
import { trainingCompletionHandler } from '../consumer/training-completion-handler';
import { startRelay } from './relay';

// A person's personal data never reaches a Kafka topic, before or after their erasure: the
// relay publishes facts only (the erasure itself goes out, holding ids and dates), and a
// rejected inbound message that carried a personal part is dead-lettered without it.

const NAME = 'Philippa Abernethy-Osei';
const BORN = '1972-09-14';
const CERTIFICATE = '004455667788';

const envelope = (type: string, data: NewEvent['data']): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  effectiveAt: '2024-05-01T00:00:00.000Z',
  actor: { id: 'hr-1', role: 'hr-admin' },
  correlationId: randomUUID(),
  causationId: null,
  data,
});

describe('personal data and Kafka (real broker)', () => {
  const dir = tempDir('personal-kafka');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('no topic holds the name, date of birth or certificate number, even before erasure', async () => {
    const bare = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
    const keys = openSqliteKeyService(join(dir, 'keys.sqlite'));
    const store = sealPersonalData(bare, {
      keys,
      keyOf: (stream) =>
        stream.startsWith('staff-') ? { subject: 'pk-1', keyId: 'pk-1/hr' } : null,
    });
    const joined = staffJoined('pk-1', NAME);
    const sealed = {
      ...joined,
      reason: 'appointed',
      data: { ...(joined.data as object), personal: { name: NAME, dateOfBirth: BORN } },
    };
    expect(E.isRight(await store.append('staff-pk-1', [sealed]))).toBe(true);
    expect(
      E.isRight(
        await store.append('staff-pk-1', [
          envelope('DbsCheckRecorded', {
            level: 'enhanced-barred',
            checkedOn: '2024-05-01',
            updateService: true,
            personal: { certificateNumber: CERTIFICATE },
          }),
        ]),
      ),
    ).toBe(true);
    await keys.destroySubject('pk-1', '2026-12-02T12:00:00.000Z');
    expect(
      E.isRight(
        await store.append('personal-pk-1', [
          envelope('PersonalDataErased', {
            staffId: 'pk-1',
            scope: 'person',
            basis: 'request',
            erasedOn: '2026-12-02',
          }),
        ]),
      ),
    ).toBe(true);

    const topics = topicsFor(uniquePrefix('personal'));
    const kafka = testKafka('personal-data-test');
    const relay = await startRelay({
      store,
      kafka,
      checkpoints: getSqliteCheckpointStore({ path: join(dir, 'bridge.sqlite') }),
      topics,
      partitions: 2,
    });
    await relay.published(await store.headPosition());
    const staff = await readTopic(kafka, topics.outbound('staff'), 2);
    const erasures = await readTopic(kafka, topics.outbound('personal'), 1);
    expect(erasures[0]?.value).toContain('"PersonalDataErased"');

    // An inbound message with a personal part, rejected (no course), goes to the dead letters.
    const consumer = await startFactConsumer({
      kafka,
      groupId: `personal-${randomUUID()}`,
      handlers: [trainingCompletionHandler({ store, topic: topics.trainingCompletions })],
      deadLetterTopic: topics.deadLetter,
      partitions: 2,
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: topics.trainingCompletions,
      messages: [
        {
          key: 'pk-1',
          value: JSON.stringify({ messageId: 'm-1', staffId: 'pk-1', personal: { name: NAME } }),
        },
      ],
    });
    const dead = await readTopic(kafka, topics.deadLetter, 1);
    await producer.disconnect();
    await consumer.stop();
    await relay.stop();

    const everything = [...staff, ...erasures, ...dead]
      .map((m) => `${m.key}${m.value}${JSON.stringify(m.headers)}`)
      .join('\n');
    for (const secret of [NAME, BORN, CERTIFICATE]) expect(everything).not.toContain(secret);
    expect(dead[0]?.value).toContain('"dropped":true');
    await store.close();
    await keys.close();
  });
});
