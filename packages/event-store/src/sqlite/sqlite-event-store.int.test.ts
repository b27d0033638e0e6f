import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewEvent, RecordedEvent } from '../port/envelope';
import { exited, spawnChild } from '../../test/sqlite/child-process';
import { getSqliteEventStore } from './sqlite-event-store';

const event = (n: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'StaffJoined',
  schemaVersion: 1,
  effectiveAt: '2024-04-01T00:00:00.000Z',
  actor: { id: 'hr-1', role: 'hr' },
  correlationId: 'c',
  causationId: null,
  data: { n },
});

describe('SQLite event store (beyond the port)', () => {
  let dir = '';
  let path = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-es-'));
    path = join(dir, 'events.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a live subscription sees events appended by another process on the same file', async () => {
    const store = getSqliteEventStore({ path, pollIntervalMs: 20 });
    await store.append('staff-1', [event(0)]);
    const subscription = store.subscribeToAll();
    const received: RecordedEvent[] = [];
    let caughtUp = 0;
    const child = spawnChild('./appender.child.ts', [path, 'staff-2', '30']);
    for await (const message of subscription) {
      if (message.kind === 'caught-up') caughtUp += 1;
      else received.push(message.event);
      if (received.length === 31) break;
    }
    expect(await exited(child)).toBe(0);
    expect(caughtUp).toBe(1);
    expect(received.map((e) => e.streamName)).toEqual([
      'staff-1',
      ...Array<string>(30).fill('staff-2'),
    ]);
    expect(received.map((e) => e.position)).toEqual(received.map((_, i) => BigInt(i + 1)));
    await store.close();
  }, 30_000);

  it('keeps events, revisions and positions across close and reopen, in WAL mode', async () => {
    const first = getSqliteEventStore({ path });
    await first.append('staff-1', [event(0), event(1)]);
    await first.close();
    await first.close(); // idempotent
    const second = getSqliteEventStore({ path });
    expect(await second.streamRevision('staff-1')).toBe(1n);
    expect(await second.headPosition()).toBe(2n);
    const next = await second.append('staff-1', [event(2)]);
    expect(next).toEqual(E.right({ nextExpectedRevision: 2n, position: 3n }));
    await second.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('a closed store refuses work with StoreUnavailable', async () => {
    const store = getSqliteEventStore({ path });
    await store.close();
    expect(await store.append('staff-1', [event(0)])).toMatchObject(
      E.left({ code: 'StoreUnavailable' }),
    );
    await expect(store.headPosition()).rejects.toMatchObject({
      error: { code: 'StoreUnavailable' },
    });
  });

  it('refuses a bad maxCount and a bad stream name on reads with a typed error', async () => {
    const store = getSqliteEventStore({ path });
    const read = async (iterable: AsyncIterable<RecordedEvent>): Promise<unknown> => {
      for await (const _ of iterable) return undefined;
      return undefined;
    };
    await expect(read(store.readAll({ maxCount: -1 }))).rejects.toMatchObject({
      error: { code: 'InvalidInput', field: 'maxCount' },
    });
    await expect(read(store.readStream('$all'))).rejects.toMatchObject({
      error: { code: 'InvalidInput', field: 'streamName' },
    });
    await store.close();
  });
});
