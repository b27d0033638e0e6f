// What the stand-in assumes about EventStoreDB, as checks that run against both: against
// the stand-in in `pnpm test` (esdb.server-model.int.test.ts) and against a real server in
// `pnpm test:esdb`. If a real server disagrees, the stand-in's model (and the adapter's
// shortcuts that rely on it) must change.
import { BACKWARDS, END, EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import type { ResolvedEvent } from '@eventstore/db-client';
import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  collect,
  ids,
  newEvent,
  newEvents,
  right,
  takeEvents,
  uniquePrefix,
} from '../../src/conformance/fixtures';
import type { EventStore } from '../../src/port/event-store';
import { ExpectedRevision } from '../../src/port/expected-revision';
import { getEsdbEventStore } from '../../src/esdb/esdb-event-store';

export interface ServerUnderTest {
  readonly connectionString: string;
  cleanup(): Promise<void>;
}

const rawAll = async (client: EventStoreDBClient, prefix: string): Promise<ResolvedEvent[]> => {
  // Bounded: the newest events of the log, backwards, are where this test's events are.
  const recent = await collect(
    client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 2_000 }),
  );
  return recent.filter((e) => e.event?.streamId.startsWith(prefix) === true).reverse();
};

export const describeServerModelChecks = (
  name: string,
  start: () => Promise<ServerUnderTest>,
): void => {
  describe(`EventStoreDB server model: ${name}`, () => {
    let server: ServerUnderTest;
    let client: EventStoreDBClient;
    let store: EventStore;
    beforeEach(async () => {
      server = await start();
      client = EventStoreDBClient.connectionString(server.connectionString);
      store = getEsdbEventStore({ connectionString: server.connectionString });
    });
    afterEach(async () => {
      await store.close();
      await client.dispose();
      await server.cleanup();
    });

    it('gRPC writes have commit = prepare, on $all and on stream reads alike', async () => {
      const prefix = uniquePrefix();
      const single = await client.appendToStream(
        `${prefix}staff-1`,
        jsonEvent({ type: 'A', data: {} }),
      );
      await client.appendToStream(
        `${prefix}staff-1`,
        [1, 2, 3].map(() => jsonEvent({ type: 'B', data: {} })),
      );
      const all = await rawAll(client, prefix);
      expect(all).toHaveLength(4);
      expect(all.every((e) => e.event?.position?.commit === e.event?.position?.prepare)).toBe(true);
      const stream = await collect(client.readStream(`${prefix}staff-1`, { maxCount: 10 }));
      expect(stream.map((e) => e.event?.position)).toEqual(all.map((e) => e.event?.position));
      // The adapter trusts a one-event append's answer as that event's position.
      expect(single.position).toEqual(all[0]?.event?.position);
    });

    it('a replay under its expected revision is acked without a duplicate; ids are per stream', async () => {
      const prefix = uniquePrefix();
      const stream = `${prefix}staff-1`;
      const batch = newEvents(3);
      const first = right(
        await store.append(stream, batch, { expectedRevision: ExpectedRevision.noStream }),
      );
      expect(
        right(await store.append(stream, batch, { expectedRevision: ExpectedRevision.noStream })),
      ).toEqual(first);
      // Partial replay under `any`: refused (the server's "corrupted idempotency").
      const partial = await store.append(stream, [batch[0] ?? newEvent(), newEvent()]);
      expect(E.isLeft(partial) && partial.left.code).toBe('DuplicateEventId');
      // What EventStoreDB does NOT refuse: a new first event followed by a known one, and a
      // known id in another stream. Both are written.
      right(await store.append(stream, [newEvent(), batch[1] ?? newEvent()]));
      right(await store.append(`${prefix}staff-2`, [batch[2] ?? newEvent()]));
      expect(await collect(store.readStream(stream))).toHaveLength(5);
    });

    it('system events stay out; a filtered catch-up subscription says caught-up', async () => {
      const prefix = uniquePrefix();
      const stream = `${prefix}staff-1`;
      const head = await store.headPosition();
      const written = newEvents(2);
      right(await store.append(stream, written));
      await client.setStreamMetadata(stream, { maxAge: 86_400 });
      const metadataStream = await collect(client.readStream(`$$${stream}`, { maxCount: 10 }));
      expect(metadataStream.map((e) => e.event?.type)).toEqual(['$metadata']);
      const log = await collect(store.readAll({ after: head }));
      expect(log.every((e) => !e.type.startsWith('$') && !e.streamName.startsWith('$'))).toBe(true);
      expect(ids(log.filter((e) => e.streamName === stream))).toEqual(
        written.map((e) => e.eventId),
      );
      const subscription = store.subscribeToAll({
        after: head,
        filter: { streamPrefixes: [prefix] },
      });
      const iterator = subscription[Symbol.asyncIterator]();
      const { events } = await takeEvents(iterator, 2);
      expect(ids(events)).toEqual(written.map((e) => e.eventId));
      expect((await iterator.next()).value).toMatchObject({ kind: 'caught-up' });
      await subscription.close();
    });
  });
};
