// What the conformance suite does not cover, against the stand-in over real gRPC:
// resubscription after drops, leader handling in a stand-in cluster, one retry on
// UNAVAILABLE, system events kept out, the stored metadata, and positions.
import { EventStoreDBClient, START } from '@eventstore/db-client';
import * as E from 'fp-ts/Either';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startStandin, startStandinCluster, testCertificate } from '@ladder/esdb-standin';
import type { Standin, StandinMode } from '@ladder/esdb-standin';
import { collect, ids, newEvent, newEvents, right, takeEvents } from '../conformance/fixtures';
import type { NewEvent, RecordedEvent } from '../port/envelope';
import { EventStoreException } from '../port/errors';
import type { EventStore } from '../port/event-store';
import { ExpectedRevision } from '../port/expected-revision';
import { getEsdbEventStore } from './esdb-event-store';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const opened = async (
  mode: StandinMode = 'batch-append',
  standinOptions: Parameters<typeof startStandin>[0] = {},
): Promise<{ standin: Standin; store: EventStore }> => {
  const standin = await startStandin({ mode, ...standinOptions });
  const store = getEsdbEventStore({ connectionString: standin.connectionString, pageSize: 5 });
  cleanups.push(
    () => standin.stop(),
    () => store.close(),
  );
  return { standin, store };
};

const refusal = (open: () => unknown): unknown => {
  try {
    open();
    return 'accepted';
  } catch (error) {
    return error instanceof EventStoreException ? error.error : error;
  }
};

const untilOpenSubscriptions = async (standin: Standin, count: number): Promise<void> => {
  for (let i = 0; i < 200 && standin.faults.openSubscriptions() !== count; i += 1) await sleep(10);
  expect(standin.faults.openSubscriptions()).toBe(count);
};

describe('EventStoreDB adapter: resubscription after a dropped subscription', () => {
  it('delivers every event once, in order, across repeated drops during backlog and live', async () => {
    const { standin, store } = await opened('batch-append', { systemEventEvery: 2 });
    const backlog = newEvents(12);
    right(await store.append('staff-1', backlog));
    const subscription = store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    const live: NewEvent[] = newEvents(30);
    let drops = 0;
    const { events, caughtUp } = await takeEvents(
      iterator,
      backlog.length + live.length,
      async (_, i) => {
        // Drop during the backlog, around caught-up and while live, whenever the adapter has
        // resubscribed since the last drop (it does so lazily, when it has used up what came
        // before the drop).
        if (i % 3 === 0 && standin.faults.openSubscriptions() === 1)
          drops += standin.faults.dropSubscriptions();
        if (i % 3 === 0) await sleep(5);
        // Live: one more append per event consumed, so drops hit a subscription that is live.
        const next = live[i - (backlog.length - 1)];
        if (next !== undefined) right(await store.append(`vacancy-${i % 3}`, [next]));
      },
    );
    expect(drops).toBeGreaterThanOrEqual(4);
    expect(ids(events)).toEqual([...backlog, ...live].map((e) => e.eventId));
    const positions = events.map((e) => e.position);
    expect(new Set(positions).size).toBe(positions.length);
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
    expect(caughtUp).toHaveLength(1);
    await subscription.close();
  });

  it('resumes from the checkpoint it was given after a drop before anything was delivered', async () => {
    const { standin, store } = await opened('append');
    const first = right(await store.append('staff-1', newEvents(3)));
    const subscription = store.subscribeToAll({ after: first.position });
    const iterator = subscription[Symbol.asyncIterator]();
    expect((await takeEvents(iterator, 0)).events).toEqual([]);
    const caughtUp = await iterator.next();
    expect(caughtUp.value).toEqual({ kind: 'caught-up', position: first.position });
    await untilOpenSubscriptions(standin, 1);
    standin.faults.dropSubscriptions();
    const later = newEvent();
    right(await store.append('staff-1', [later]));
    const { events } = await takeEvents(iterator, 1);
    expect(ids(events)).toEqual([later.eventId]);
    await subscription.close();
  });

  it('gives up with StoreUnavailable when the server keeps refusing, instead of spinning', async () => {
    const standin = await startStandin();
    const store = getEsdbEventStore({
      connectionString: standin.connectionString,
      maxResubscribes: 2,
    });
    cleanups.push(
      () => standin.stop(),
      () => store.close(),
    );
    standin.faults.failNext('read', 10);
    const iterator = store.subscribeToAll()[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toSatisfy(
      (error) => error instanceof EventStoreException && error.error.code === 'StoreUnavailable',
    );
  });
});

describe('EventStoreDB adapter: leader handling (stand-in cluster)', () => {
  it.each<StandinMode>(['batch-append', 'append'])(
    'a writer pointed at a follower is redirected to the leader, and follows a new leader (%s)',
    async (mode) => {
      const cluster = await startStandinCluster({ mode, size: 3 });
      const store = getEsdbEventStore({ connectionString: cluster.nodes[1]!.connectionString });
      cleanups.push(
        () => cluster.stop(),
        () => store.close(),
      );
      // Node 1 is a follower: NotLeader (leader = node 0), the client reconnects, one retry.
      const first = right(
        await store.append('staff-1', [newEvent()], {
          expectedRevision: ExpectedRevision.noStream,
        }),
      );
      expect(first.nextExpectedRevision).toBe(0n);
      // Leadership moves to node 2; the connection is on node 0, now a follower.
      cluster.elect(2);
      right(
        await store.append('staff-1', [newEvent()], {
          expectedRevision: ExpectedRevision.exact(0n),
        }),
      );
      expect(cluster.leader().log.stream('staff-1')).toHaveLength(2);
      expect(await store.streamRevision('staff-1')).toBe(1n);
    },
  );

  it('finds the leader through gossip with a multi-host connection string', async () => {
    const cluster = await startStandinCluster({ size: 3 });
    cluster.elect(1);
    const store = getEsdbEventStore({ connectionString: cluster.connectionString });
    cleanups.push(
      () => cluster.stop(),
      () => store.close(),
    );
    right(await store.append('staff-1', [newEvent()]));
    expect(await store.streamRevision('staff-1')).toBe(0n);
  });
});

describe('EventStoreDB adapter: one retry on UNAVAILABLE', () => {
  it.each<['append' | 'batchAppend', StandinMode]>([
    ['append', 'append'],
    ['batchAppend', 'batch-append'],
  ])('an append survives one failed %s call, not two', async (method, mode) => {
    const { standin, store } = await opened(mode);
    standin.faults.failNext(method);
    right(await store.append('staff-1', [newEvent()]));
    standin.faults.failNext(method, 2);
    const failed = await store.append('staff-1', [newEvent()]);
    expect(E.isLeft(failed) && failed.left.code).toBe('StoreUnavailable');
    expect(standin.log.stream('staff-1')).toHaveLength(1);
  });

  it('a read page survives one failed call', async () => {
    const { standin, store } = await opened();
    const written = newEvents(12);
    right(await store.append('staff-1', written));
    standin.faults.failNext('read');
    expect(ids(await collect(store.readStream('staff-1')))).toEqual(written.map((e) => e.eventId));
    standin.faults.failNext('read');
    expect(await collect(store.readAll())).toHaveLength(12);
  });
});

describe('EventStoreDB adapter: bounded, streamed reads', () => {
  it('a read broken mid-call resumes where it stopped: every event once, in order', async () => {
    const { standin, store } = await opened();
    const written = [...newEvents(7), ...newEvents(6)];
    right(await store.append('staff-1', written.slice(0, 7)));
    right(await store.append('vacancy-1', written.slice(7)));
    standin.faults.breakNextRead(3);
    expect(ids(await collect(store.readAll()))).toEqual(written.map((e) => e.eventId));
    standin.faults.breakNextRead(2);
    const backwards = await collect(store.readStream('staff-1', { direction: 'backwards' }));
    expect(ids(backwards)).toEqual(
      written
        .slice(0, 7)
        .map((e) => e.eventId)
        .reverse(),
    );
  });

  it('a consumer that stops early leaves nothing open: close does not wait on a half-read call', async () => {
    const { store } = await opened();
    right(await store.append('staff-1', newEvents(12)));
    for await (const event of store.readAll()) if (event.revision === 1n) break;
    for await (const _ of store.readStream('staff-1')) break;
    expect(await collect(store.readAll({ maxCount: 3 }))).toHaveLength(3);
    await store.close();
  });
});

describe('EventStoreDB adapter: what is stored and what comes back', () => {
  it('keeps system events out of reads, subscriptions and the head position', async () => {
    const { standin, store } = await opened();
    const client = EventStoreDBClient.connectionString(standin.connectionString);
    cleanups.push(() => client.dispose());
    const written = newEvents(3);
    const result = right(await store.append('staff-1', written));
    // `$metadata` in `$$staff-1`, as any operator setting retention would write.
    await client.setStreamMetadata('staff-1', { maxAge: 86_400 });
    standin.writeSystemEvent();
    const raw = await collect(client.readAll({ fromPosition: START, maxCount: 100 }));
    expect(raw.some((e) => e.event?.type === '$metadata')).toBe(true);
    expect(ids(await collect(store.readAll()))).toEqual(written.map((e) => e.eventId));
    expect(await store.headPosition()).toBe(result.position);
    const iterator = store.subscribeToAll()[Symbol.asyncIterator]();
    const { events } = await takeEvents(iterator, 3);
    expect((await iterator.next()).value).toEqual({ kind: 'caught-up', position: result.position });
    expect(ids(events)).toEqual(written.map((e) => e.eventId));
  });

  it('stores the envelope as JSON metadata and recordedAt is the server created time', async () => {
    const { standin, store } = await opened();
    const event = newEvent({
      reason: 'annual review',
      causationId: '6b1c2a55-4a0b-4a53-9b31-2cb2e3f0f9b1',
    });
    right(await store.append('staff-1', [event]));
    const [stored] = standin.log.stream('staff-1');
    expect(JSON.parse(Buffer.from(stored?.customMetadata ?? []).toString('utf8'))).toEqual({
      schemaVersion: 1,
      effectiveAt: event.effectiveAt,
      actor: event.actor,
      reason: 'annual review',
      correlationId: event.correlationId,
      causationId: event.causationId,
      $correlationId: event.correlationId,
      $causationId: event.causationId,
    });
    const [read] = await collect(store.readStream('staff-1'));
    expect(read?.recordedAt).toBe(
      new Date(Number((stored?.createdTicks ?? 0n) / 10_000n)).toISOString(),
    );
  });

  it('maps the server position to the port position exactly (gaps kept, no density assumed)', async () => {
    const { standin, store } = await opened();
    right(await store.append('staff-1', newEvents(3)));
    right(await store.append('vacancy-1', newEvents(2)));
    const read: RecordedEvent[] = await collect(store.readAll());
    const server = standin.log.all().filter((e) => !e.type.startsWith('$'));
    expect(read.map((e) => e.position)).toEqual(server.map((e) => e.commit));
    expect(read.every((e, i) => i === 0 || e.position - read[i - 1]!.position > 1n)).toBe(true);
  });

  it('refuses events it cannot position without loss (legacy explicit transactions)', async () => {
    const { store } = await opened('batch-append', { logOptions: { commitRecords: true } });
    const failed = await store.append('staff-1', newEvents(2));
    const error = E.isLeft(failed) ? failed.left : undefined;
    expect(error?.code).toBe('InvalidInput');
    expect(error?.code === 'InvalidInput' && error.field).toMatch(/\.position$/);
    await expect(collect(store.readAll())).rejects.toBeInstanceOf(EventStoreException);
  });

  it('validates an append before any network call', async () => {
    const { standin, store } = await opened();
    const bad = await store.append('staff-1', [newEvent({ type: 'not pascal case' })]);
    expect(E.isLeft(bad) && bad.left).toMatchObject({
      code: 'InvalidInput',
      field: 'events[0].type',
    });
    expect(E.isLeft(await store.append('$system', [newEvent()]))).toBe(true);
    expect(standin.calls()).toEqual([]);
  });

  it('refuses a connection string it cannot use, naming the field', () => {
    for (const connectionString of ['kurrentdb://localhost:2113', 'esdb://'])
      expect(refusal(() => getEsdbEventStore({ connectionString }))).toMatchObject({
        code: 'InvalidInput',
        field: 'connectionString',
      });
  });

  it('takes TLS, the CA file and credentials from the connection string', async () => {
    const standin = await startStandin({ tls: testCertificate() });
    const secure = getEsdbEventStore({
      connectionString: standin.connectionString.replace('esdb://', 'esdb://ladder:s%40cret@'),
    });
    const plaintext = getEsdbEventStore({
      connectionString: `esdb://localhost:${standin.port}?tls=false`,
    });
    cleanups.push(
      () => standin.stop(),
      () => secure.close(),
      () => plaintext.close(),
    );
    right(await secure.append('staff-1', [newEvent()]));
    const basic = `Basic ${Buffer.from('ladder:s@cret').toString('base64')}`;
    expect(
      standin
        .calls()
        .filter((call) => call.method !== 'read')
        .map((call) => call.authorization),
    ).toEqual([basic]);
    const refused = await plaintext.append('staff-1', [newEvent()]);
    expect(E.isLeft(refused) && refused.left.code).toBe('StoreUnavailable');
    expect(standin.log.stream('staff-1')).toHaveLength(1);
  });

  it('takes TLS from the connection string: tls on (the default) cannot talk to a plaintext server', async () => {
    const standin = await startStandin();
    // A host name, not an IP: TLS sends it as the server name (an IP there is deprecated, DEP0123).
    const store = getEsdbEventStore({ connectionString: `esdb://localhost:${standin.port}` });
    cleanups.push(
      () => standin.stop(),
      () => store.close(),
    );
    const failed = await store.append('staff-1', [newEvent()]);
    expect(E.isLeft(failed) && failed.left.code).toBe('StoreUnavailable');
    expect(standin.log.stream('staff-1')).toHaveLength(0);
  });
});
