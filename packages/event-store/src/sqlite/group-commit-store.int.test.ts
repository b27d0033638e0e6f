import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newEvents } from '../conformance/fixtures';
import type { RecordedEvent } from '../port/envelope';
import type { EventStore } from '../port/event-store';
import { ExpectedRevision } from '../port/expected-revision';
import { openDatabase } from './open-database';
import { getSqliteEventStore } from './sqlite-event-store';

const collect = async (iterable: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};

// The store's appends go to the writer thread; these are sent in one turn of the event
// loop, so they reach the thread together and share commits there.
describe('SQLite store: concurrent appends through the writer thread', () => {
  let dir = '';
  let store: EventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-group-store-'));
    store = getSqliteEventStore({ path: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('one append failing its expected revision does not fail the others sent with it', async () => {
    await store.append('staff-0', newEvents(1));
    const batches = Array.from({ length: 8 }, (_, i) => ({
      stream: i === 3 ? 'staff-0' : `staff-${i + 1}`,
      events: newEvents(2),
    }));
    const outcomes = await Promise.all(
      batches.map(({ stream, events }) =>
        store.append(stream, events, { expectedRevision: ExpectedRevision.noStream }),
      ),
    );
    expect(outcomes[3]).toEqual(
      E.left({
        code: 'WrongExpectedRevision',
        streamName: 'staff-0',
        expected: ExpectedRevision.noStream,
        actual: 0n,
      }),
    );
    const written = outcomes.filter(E.isRight);
    expect(written).toHaveLength(7);
    expect(new Set(written.map((o) => o.right.position)).size).toBe(7);
    const log = await collect(store.readAll());
    expect(log).toHaveLength(1 + 7 * 2);
    expect(log.map((e) => e.streamName)).not.toContain('staff-4');
  });

  it('answers the same batch sent twice at once with one result, written once', async () => {
    const events = newEvents(3);
    const [first, again] = await Promise.all([
      store.append('staff-1', events, { expectedRevision: ExpectedRevision.noStream }),
      store.append('staff-1', events, { expectedRevision: ExpectedRevision.noStream }),
    ]);
    expect(first).toEqual(E.right({ nextExpectedRevision: 2n, position: 3n }));
    expect(again).toEqual(first);
    expect((await collect(store.readStream('staff-1'))).map((e) => e.eventId)).toEqual(
      events.map((e) => e.eventId),
    );
  });

  it('lets the event loop run while an append is being written', async () => {
    // Another connection holds the write lock, so the append cannot finish until it is let go:
    // the event loop must keep turning meanwhile (a writer on this thread would block it).
    const holder = openDatabase({ path: join(dir, 'events.db') });
    holder.exec('BEGIN IMMEDIATE');
    const appended = store.append('staff-1', newEvents(1));
    let answered = false;
    void appended.then(() => (answered = true));
    let turns = 0;
    for (let i = 0; i < 20; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      turns += 1;
    }
    expect(turns).toBe(20);
    expect(answered).toBe(false);
    holder.exec('COMMIT');
    holder.close();
    expect(E.isRight(await appended)).toBe(true);
  });

  it('wakes a live subscription when an append is committed', async () => {
    const subscription = store.subscribeToAll();
    const seen: string[] = [];
    for await (const message of subscription) {
      if (message.kind === 'caught-up') await store.append('staff-9', newEvents(2));
      else seen.push(message.event.streamName);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(['staff-9', 'staff-9']);
  });
});
