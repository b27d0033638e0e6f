import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  getSqliteCheckpointStore,
  getSqliteEventStore,
  type EventStore,
} from '@ladder/event-store';
import { eventHeaders, topicsFor, type IntegrationEvent } from '@ladder/messaging';
import {
  eventually,
  readTopic,
  tempDir,
  testBrokers,
  testKafka,
  uniquePrefix,
  type ReadMessage,
} from '@ladder/messaging/testing';
import { staffJoined, trainingCompleted } from '@ladder/messaging/testing/staff-events';
import * as E from 'fp-ts/Either';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnBridge } from './bridge-process';

const STAFF = 20;
const EVENTS = 3_000;

describe('relay killed (SIGKILL) and restarted mid-burst', () => {
  const dir = tempDir('relay-crash');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loses nothing, and republishes only the unacknowledged tail', async () => {
    const env = {
      LADDER_STORE: join(dir, 'events.sqlite'),
      LADDER_BRIDGE_DB: join(dir, 'bridge.sqlite'),
      KAFKA_BROKERS: testBrokers().join(','),
      LADDER_TOPIC_PREFIX: uniquePrefix('crash'),
      LADDER_BRIDGE_CONSUMERS: 'off',
      LADDER_KAFKA_PARTITIONS: '4',
    };
    const topic = topicsFor(env.LADDER_TOPIC_PREFIX).outbound('staff');
    const store: EventStore = getSqliteEventStore({ path: env.LADDER_STORE });
    const checkpoints = getSqliteCheckpointStore({ path: env.LADDER_BRIDGE_DB });
    const appendOne = async (i: number): Promise<void> => {
      const id = `fw-${i % STAFF}`;
      const event = i < STAFF ? staffJoined(id) : trainingCompleted(`course-${i}`);
      expect(E.isRight(await store.append(`staff-${id}`, [event]))).toBe(true);
    };

    const first = spawnBridge(env);
    await first.started;
    let appended = 0;
    // One burst of appends throughout: the relay is killed, and restarted, while it goes on.
    const burst = (async () => {
      while (appended < EVENTS) {
        await appendOne(appended++);
        if (appended % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    // Kill it while it is publishing: some of the log acknowledged, some not yet.
    await eventually(
      'the relay to publish part of the burst',
      async () => (await checkpoints.load('kafka-relay')) > 200n,
    );
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const checkpointAtKill = await checkpoints.load('kafka-relay');
    const headAtKill = await store.headPosition();
    expect(checkpointAtKill).toBeLessThan(headAtKill);

    const second = spawnBridge(env);
    await second.started;
    await burst;
    const head = await store.headPosition();
    await eventually(
      'the restarted relay to catch up',
      async () => (await checkpoints.load('kafka-relay')) === head,
      60_000,
    );
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const all = new Map<string, bigint>();
    for await (const event of store.readAll()) all.set(event.eventId, event.position);
    const messages = await readTopic(
      testKafka('crash-reader'),
      topic,
      (read) => new Set(read.map((m) => m.headers[eventHeaders.eventId])).size >= all.size,
      60_000,
    );

    // Nothing lost.
    const seen = new Map<string, number>();
    for (const m of messages)
      seen.set(
        m.headers[eventHeaders.eventId] ?? '',
        (seen.get(m.headers[eventHeaders.eventId] ?? '') ?? 0) + 1,
      );
    expect([...all.keys()].filter((id) => !seen.has(id))).toEqual([]);
    // Duplicates only in the unacknowledged tail: past the checkpoint the killed relay had
    // saved, and no further than the log it could have read before it died.
    const duplicated = [...seen].filter(([, n]) => n > 1).map(([id]) => all.get(id) ?? -1n);
    for (const position of duplicated) {
      expect(position).toBeGreaterThan(checkpointAtKill);
      expect(position).toBeLessThanOrEqual(headAtKill);
    }
    expect(messages.length).toBe(all.size + [...seen.values()].reduce((sum, n) => sum + n - 1, 0));

    // Per staff member: in partition order, never a gap; dropping repeats gives the stream order.
    const byKey = new Map<string, ReadMessage[]>();
    for (const m of messages) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
    for (const [key, list] of byKey) {
      list.sort((a, b) => Number(BigInt(a.offset) - BigInt(b.offset)));
      let highest = -1;
      const firstSeen: number[] = [];
      for (const m of list) {
        const revision = Number((JSON.parse(m.value) as IntegrationEvent).revision);
        expect(revision, `${key} skipped ahead`).toBeLessThanOrEqual(highest + 1);
        if (revision > highest) firstSeen.push(revision);
        highest = Math.max(highest, revision);
      }
      expect(firstSeen).toEqual(Array.from({ length: firstSeen.length }, (_, i) => i));
    }
    await store.close();
    await checkpoints.close();
  }, 120_000);
});
