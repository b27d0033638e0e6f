import * as E from 'fp-ts/Either';
import { afterEach, describe, expect, it } from 'vitest';
import { startStandin } from '@ladder/esdb-standin';
import { collect, ids, newEvents } from '../conformance/fixtures';
import { openEventStore } from '../open-store';
import type { EventStore } from '../port/event-store';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('openEventStore with an EventStoreDB connection string', () => {
  it('esdb:// opens the EventStoreDB adapter (one setting switches the store)', async () => {
    const standin = await startStandin();
    const store: EventStore = openEventStore(standin.connectionString);
    cleanups.push(
      () => standin.stop(),
      () => store.close(),
    );
    const written = newEvents(2);
    expect(E.isRight(await store.append('staff-1', written))).toBe(true);
    expect(ids(await collect(store.readAll()))).toEqual(written.map((e) => e.eventId));
    expect(standin.log.stream('staff-1')).toHaveLength(2);
  });

  it('esdb+discover:// is accepted too (gossip discovery; nothing connects until first use)', async () => {
    const store = openEventStore('esdb+discover://cluster.example.invalid:2113?tls=true');
    await store.close();
  });
});
