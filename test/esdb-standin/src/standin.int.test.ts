// The stand-in against the real `@eventstore/db-client` over real gRPC (loopback):
// wire compatibility plus the server semantics we model.
import {
  EventStoreDBClient,
  excludeSystemEvents,
  jsonEvent,
  BACKWARDS,
  END,
  NO_STREAM,
  NotLeaderError,
  START,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Standin, StandinMode } from './server';
import { startStandin } from './server';
import { startStandinCluster } from './cluster';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const open = async (mode: StandinMode): Promise<[Standin, EventStoreDBClient]> => {
  const standin = await startStandin({ mode });
  const client = EventStoreDBClient.connectionString(standin.connectionString);
  cleanups.push(
    () => standin.stop(),
    () => client.dispose(),
  );
  return [standin, client];
};

const event = (n: number, id?: string) =>
  jsonEvent({ type: 'Counted', data: { n }, metadata: { by: 'test' }, ...(id ? { id } : {}) });

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

describe.each<StandinMode>(['batch-append', 'append', 'no-server-features'])(
  'stand-in (%s)',
  (mode) => {
    it('appends with expected revisions and reports the actual one on conflict', async () => {
      const [, client] = await open(mode);
      const first = await client.appendToStream('s-1', [event(1), event(2)], {
        expectedRevision: NO_STREAM,
      });
      expect(first.nextExpectedRevision).toBe(1n);
      expect(first.position?.commit).toBeGreaterThan(0n);
      const conflict = await client
        .appendToStream('s-1', event(3), { expectedRevision: 5n })
        .catch((e: unknown) => e);
      expect(conflict).toBeInstanceOf(WrongExpectedVersionError);
      expect((conflict as WrongExpectedVersionError).actualVersion).toBe(1n);
      const none = await client
        .appendToStream('s-2', event(1), { expectedRevision: 0n })
        .catch((e: unknown) => e);
      expect((none as WrongExpectedVersionError).actualVersion).toBe('no_stream');
    });

    it('acks a replayed write without duplicating it, refuses a partial overlap', async () => {
      const [standin, client] = await open(mode);
      const batch = [event(1), event(2)];
      await client.appendToStream('s-1', batch, { expectedRevision: NO_STREAM });
      const replay = await client.appendToStream('s-1', batch, { expectedRevision: NO_STREAM });
      expect(replay.nextExpectedRevision).toBe(1n);
      expect(standin.log.stream('s-1')).toHaveLength(2);
      const overlap = await client
        .appendToStream('s-1', [batch[1]!, event(3)], { expectedRevision: 0n })
        .catch((e: unknown) => e);
      expect(overlap).toBeInstanceOf(WrongExpectedVersionError);
      expect(standin.log.stream('s-1')).toHaveLength(2);
    });

    it('reads streams both ways, reports a missing stream, and orders $all by position with gaps', async () => {
      const [, client] = await open(mode);
      await client.appendToStream('s-1', [event(1), event(2), event(3)]);
      const back = await collect(
        client.readStream('s-1', { direction: BACKWARDS, fromRevision: END, maxCount: 2 }),
      );
      expect(back.map((e) => e.event?.revision)).toEqual([2n, 1n]);
      await expect(collect(client.readStream('nope'))).rejects.toBeInstanceOf(StreamNotFoundError);
      const all = await collect(client.readAll({ fromPosition: START, maxCount: 100 }));
      const types = all.map((e) => e.event?.type);
      expect(types.some((t) => t?.startsWith('$'))).toBe(true);
      const positions = all.map((e) => e.event?.position?.commit ?? -1n);
      for (let i = 1; i < positions.length; i += 1)
        expect(positions[i]! - positions[i - 1]!).toBeGreaterThan(1n);
    });
  },
);

const nextMatching = (
  subscription: AsyncIterable<AllStreamResolvedEvent>,
  count: number,
): Promise<AllStreamResolvedEvent[]> =>
  (async () => {
    const out: AllStreamResolvedEvent[] = [];
    for await (const resolved of subscription) {
      out.push(resolved);
      if (out.length === count) break;
    }
    return out;
  })();

describe('stand-in subscriptions and faults', () => {
  it('delivers backlog, caught-up, then live events, without system events', async () => {
    const [standin, client] = await open('batch-append');
    await client.appendToStream('s-1', [event(1), event(2)]);
    const subscription = client.subscribeToAll({
      fromPosition: START,
      filter: excludeSystemEvents(),
    });
    const caughtUp = new Promise<void>((resolve) => subscription.once('caughtUp', () => resolve()));
    const received = nextMatching(subscription, 3);
    await caughtUp;
    standin.writeSystemEvent();
    await client.appendToStream('s-1', event(3));
    const events = await received;
    expect(events.map((e) => e.event?.type)).toEqual(['Counted', 'Counted', 'Counted']);
    expect(events.map((e) => e.event?.revision)).toEqual([0n, 1n, 2n]);
  });

  it('drops subscriptions on demand (UNAVAILABLE)', async () => {
    const [standin, client] = await open('batch-append');
    const subscription = client.subscribeToAll({ fromPosition: END });
    await new Promise<void>((resolve) => subscription.once('caughtUp', () => resolve()));
    const failed = new Promise<unknown>((resolve) => subscription.once('error', resolve));
    expect(standin.faults.dropSubscriptions()).toBe(1);
    expect(await failed).toBeInstanceOf(UnavailableError);
  });

  it('fails a planned call with UNAVAILABLE', async () => {
    const [standin, client] = await open('append');
    standin.faults.failNext('append');
    await expect(client.appendToStream('s-1', event(1))).rejects.toBeInstanceOf(UnavailableError);
    await expect(client.appendToStream('s-1', event(1))).resolves.toMatchObject({ success: true });
  });

  it.each<StandinMode>(['batch-append', 'append'])(
    'a follower answers leader-only writes with NotLeader naming the leader (%s)',
    async (mode) => {
      const cluster = await startStandinCluster({ mode });
      cleanups.push(() => cluster.stop());
      const follower = cluster.nodes[1]!;
      const client = EventStoreDBClient.connectionString(follower.connectionString);
      cleanups.push(() => client.dispose());
      const refused = await client
        .appendToStream('s-1', event(1), { requiresLeader: true })
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(NotLeaderError);
      expect((refused as NotLeaderError).leader).toEqual({
        address: '127.0.0.1',
        port: cluster.leader().port,
      });
      // The client has reconnected to the leader it was told about: the retry lands there.
      await client.appendToStream('s-1', event(1), { requiresLeader: true });
      expect(cluster.leader().log.stream('s-1')).toHaveLength(1);
    },
  );

  it('gossip sends a multi-host connection string to the leader', async () => {
    const cluster = await startStandinCluster({ size: 3 });
    cleanups.push(() => cluster.stop());
    cluster.elect(2);
    const client = EventStoreDBClient.connectionString(cluster.connectionString);
    cleanups.push(() => client.dispose());
    await client.appendToStream('s-1', event(1), { requiresLeader: true });
    expect(cluster.nodes[0]!.log.stream('s-1')).toHaveLength(1);
  });
});
