import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '../port/envelope';
import type { ReadStreamOptions } from '../port/event-store';
import { eventColumns, toRecordedEvent, type EventRow } from './event-row';

export type ReadStreamPage = (
  streamName: string,
  from: bigint,
  direction: 'forwards' | 'backwards',
  limit: number,
) => readonly EventRow[];

/** One page of a stream, from an inclusive revision, over the (stream_name, revision) index. */
export const prepareReadStreamPage = (db: Database): ReadStreamPage => {
  const forwards = db
    .prepare<[string, bigint, number], EventRow>(
      `SELECT ${eventColumns} FROM events WHERE stream_name = ? AND revision >= ?
       ORDER BY revision ASC LIMIT ?`,
    )
    .safeIntegers(true);
  const backwards = db
    .prepare<[string, bigint, number], EventRow>(
      `SELECT ${eventColumns} FROM events WHERE stream_name = ? AND revision <= ?
       ORDER BY revision DESC LIMIT ?`,
    )
    .safeIntegers(true);
  return (streamName, from, direction, limit) =>
    (direction === 'forwards' ? forwards : backwards).all(streamName, from, limit);
};

const lastRevision = 2n ** 63n - 1n;

/** Streams a stream page by page; memory holds one page at a time. */
export async function* readStreamPaged(
  readPage: ReadStreamPage,
  streamName: string,
  options: ReadStreamOptions,
  pageSize: number,
): AsyncGenerator<RecordedEvent> {
  const direction = options.direction ?? 'forwards';
  const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
  let from = options.fromRevision ?? (direction === 'forwards' ? 0n : lastRevision);
  let delivered = 0;
  while (delivered < maxCount) {
    const limit = Math.min(pageSize, maxCount - delivered);
    // Give the event loop a turn between pages, so a long read does not starve other work.
    if (delivered > 0) await nextTurn();
    const rows = readPage(streamName, from, direction, limit);
    for (const row of rows) {
      delivered += 1;
      yield toRecordedEvent(row);
    }
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < limit) return;
    from = direction === 'forwards' ? last.revision + 1n : last.revision - 1n;
    if (from < 0n) return;
  }
}
