import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newEvents } from '../conformance/fixtures';
import { ExpectedRevision } from '../port/expected-revision';
import type { AppendRequest } from './append';
import { prepareGroupCommit, type GroupCommit } from './group-commit';
import { openDatabase } from './open-database';

const append = (
  streamName: string,
  size: number,
  expected = ExpectedRevision.any,
): AppendRequest => ({ streamName, events: newEvents(size), expected });

describe('group commit: appends that arrive together, in one transaction', () => {
  let dir = '';
  let db: Database.Database;
  let commit: GroupCommit;
  const stored = (): { stream_name: string; revision: bigint; event_id: string }[] =>
    db
      .prepare<[], { stream_name: string; revision: bigint; event_id: string }>(
        'SELECT stream_name, revision, event_id FROM events ORDER BY position',
      )
      .safeIntegers(true)
      .all();

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-group-'));
    db = openDatabase({ path: join(dir, 'events.db') });
    commit = prepareGroupCommit(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses only the append whose expected revision fails; its neighbours are written', () => {
    const first = append('staff-1', 2, ExpectedRevision.noStream);
    const stale = append('staff-1', 3, ExpectedRevision.noStream);
    const other = append('staff-2', 1, ExpectedRevision.noStream);
    const next = append('staff-1', 1, ExpectedRevision.exact(1n));

    const outcomes = commit([first, stale, other, next]);

    expect(outcomes).toEqual([
      E.right({ nextExpectedRevision: 1n, position: 2n }),
      E.left({
        code: 'WrongExpectedRevision',
        streamName: 'staff-1',
        expected: ExpectedRevision.noStream,
        actual: 1n,
      }),
      E.right({ nextExpectedRevision: 0n, position: 3n }),
      E.right({ nextExpectedRevision: 2n, position: 4n }),
    ]);
    expect(stored().map((row) => row.event_id)).toEqual(
      [...first.events, ...other.events, ...next.events].map((event) => event.eventId),
    );
    expect(db.inTransaction).toBe(false);
  });

  it('answers an idempotent re-append inside the same group with the first result', () => {
    const batch = append('staff-1', 3, ExpectedRevision.noStream);
    const outcomes = commit([batch, append('staff-2', 1), batch]);
    expect(outcomes[0]).toEqual(E.right({ nextExpectedRevision: 2n, position: 3n }));
    expect(outcomes[2]).toEqual(outcomes[0]);
    expect(stored()).toHaveLength(4);
  });

  it('rolls a partial overlap back to its savepoint and keeps the appends around it', () => {
    const before = append('staff-1', 2);
    const overlapping: AppendRequest = {
      streamName: 'staff-3',
      events: [...newEvents(2), ...before.events.slice(1)],
      expected: ExpectedRevision.any,
    };
    const after = append('staff-2', 1);

    const outcomes = commit([before, overlapping, after]);

    expect(outcomes[1]).toMatchObject(
      E.left({ code: 'DuplicateEventId', eventId: before.events[1]?.eventId }),
    );
    expect(E.isRight(outcomes[0] ?? E.left(null))).toBe(true);
    expect(outcomes[2]).toEqual(E.right({ nextExpectedRevision: 0n, position: 3n }));
    expect(stored().map((row) => row.stream_name)).toEqual(['staff-1', 'staff-1', 'staff-2']);
  });

  it('writes nothing and tells every append when the group cannot take the write lock', () => {
    const holder = openDatabase({ path: join(dir, 'events.db') });
    holder.exec('BEGIN IMMEDIATE');
    const impatient = openDatabase({ path: join(dir, 'events.db'), busyTimeoutMs: 0 });
    const outcomes = prepareGroupCommit(impatient)([append('staff-1', 1), append('staff-2', 1)]);
    holder.exec('ROLLBACK');
    holder.close();
    impatient.close();
    expect(outcomes).toEqual([
      E.left({ code: 'StoreUnavailable', message: 'database is locked' }),
      E.left({ code: 'StoreUnavailable', message: 'database is locked' }),
    ]);
    expect(stored()).toEqual([]);
  });
});
