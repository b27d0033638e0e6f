import Database from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import type { NewEvent } from '../port/envelope';
import type { AppendResult } from '../port/event-store';
import type { EventStoreError } from '../port/errors';
import { checkExpectedRevision, type ExpectedRevision } from '../port/expected-revision';
import { answerRetriedAppend, type StoredEventRef } from './idempotency';
import { prepareStreamRevision } from './stream-revision';

export type AppendOutcome = E.Either<EventStoreError, AppendResult>;

/** One append as the store hands it to the writer: already validated (validateAppend). */
export interface AppendRequest {
  readonly streamName: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedRevision;
}

export type Append = (request: AppendRequest) => AppendOutcome;

interface StoredRow {
  readonly stream_name: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly batch_start: bigint;
  readonly batch_size: bigint;
}

const toRef = (row: StoredRow | undefined): StoredEventRef | undefined =>
  row && {
    streamName: row.stream_name,
    revision: row.revision,
    position: row.position,
    batchStart: row.batch_start,
    batchSize: row.batch_size,
  };

/**
 * Writes one append inside the group's transaction (group-commit.ts), under a SAVEPOINT of
 * its own: better-sqlite3 turns a transaction function called inside a transaction into a
 * savepoint, so an append that fails rolls back to it and leaves its neighbours' rows alone.
 * The group's `BEGIN IMMEDIATE` took the write lock before any stream's revision is read, so
 * the expected-revision check and the insert see the same state even when other processes
 * write to the same file.
 *
 * Why readers never see a hole in the global order: positions are assigned as
 * max(position)+1 inside that write lock, and SQLite allows one writer at a time, so
 * transactions commit in the same order as the positions they took. A reader's snapshot
 * is therefore always a prefix of the log.
 */
export const prepareAppend = (db: Database.Database): Append => {
  const streamRevision = prepareStreamRevision(db);
  const findEvent = db
    .prepare<[string], StoredRow>(
      'SELECT stream_name, revision, position, batch_start, batch_size FROM events WHERE event_id = ?',
    )
    .safeIntegers(true);
  const insert = db
    .prepare<unknown[]>(
      `INSERT INTO events (stream_name, revision, event_id, type, schema_version, recorded_at,
         effective_at, actor_id, actor_role, reason, correlation_id, causation_id, data,
         batch_start, batch_size)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .safeIntegers(true);

  const write = db.transaction(
    (
      streamName: string,
      events: readonly NewEvent[],
      expected: ExpectedRevision,
    ): AppendOutcome => {
      const actual = streamRevision(streamName);
      const firstId = events[0]?.eventId ?? '';
      if (findEvent.get(firstId) !== undefined) {
        const stored = events.map((event) => toRef(findEvent.get(event.eventId)));
        return answerRetriedAppend(
          streamName,
          events.map((event) => event.eventId),
          stored,
          expected,
          actual,
        );
      }
      const check = checkExpectedRevision(streamName, expected, actual);
      if (E.isLeft(check)) return check;
      const start = actual === 'no-stream' ? 0n : actual + 1n;
      const recordedAt = new Date().toISOString();
      const size = BigInt(events.length);
      let position = 0n;
      for (const [i, event] of events.entries()) {
        const info = insert.run(
          streamName,
          start + BigInt(i),
          event.eventId,
          event.type,
          event.schemaVersion,
          recordedAt,
          event.effectiveAt,
          event.actor.id,
          event.actor.role,
          event.reason ?? null,
          event.correlationId,
          event.causationId,
          JSON.stringify(event.data),
          start,
          size,
        );
        position = BigInt(info.lastInsertRowid);
      }
      return E.right({ nextExpectedRevision: start + size - 1n, position });
    },
  );

  // A later id of the batch already stored (the first one is checked above): the insert
  // hits the unique index, the transaction rolls back, and we name the id.
  const duplicateOf = (events: readonly NewEvent[]): AppendOutcome => {
    const clash = events.find((event) => findEvent.get(event.eventId) !== undefined);
    return E.left({
      code: 'DuplicateEventId',
      eventId: clash?.eventId ?? '',
      message: `event ${clash?.eventId ?? '?'} is already stored (partial overlap with an earlier append)`,
    });
  };

  // Any other failure (disk full, I/O error) may have ended the whole transaction: it is
  // thrown on, and the group answers StoreUnavailable to every append it holds.
  return ({ streamName, events, expected }) => {
    try {
      return write(streamName, events, expected);
    } catch (error) {
      if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE')
        return duplicateOf(events);
      throw error;
    }
  };
};
