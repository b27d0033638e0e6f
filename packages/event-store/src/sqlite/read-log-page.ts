import type { Database, Statement } from 'better-sqlite3';
import type { LogFilter } from '../port/event-store';
import { eventColumns, type EventRow } from './event-row';

/** One page of the global log: position in (after, upTo], filtered, in position order. */
export type ReadLogPage = (after: bigint, upTo: bigint, limit: number) => readonly EventRow[];

/**
 * Builds the page query for one filter. Within a list an event passes if it matches any
 * value; when both lists are given it must pass both. An empty list filters nothing.
 */
export const prepareReadLogPage = (db: Database, filter: LogFilter = {}): ReadLogPage => {
  const types = filter.eventTypes ?? [];
  const prefixes = filter.streamPrefixes ?? [];
  const conditions = ['position > ?', 'position <= ?'];
  if (types.length > 0) conditions.push(`type IN (${types.map(() => '?').join(', ')})`);
  if (prefixes.length > 0)
    conditions.push(`(${prefixes.map(() => 'substr(stream_name, 1, ?) = ?').join(' OR ')})`);
  const statement: Statement<unknown[], EventRow> = db
    .prepare<unknown[], EventRow>(
      `SELECT ${eventColumns} FROM events WHERE ${conditions.join(' AND ')}
       ORDER BY position ASC LIMIT ?`,
    )
    .safeIntegers(true);
  const prefixParams = prefixes.flatMap((prefix) => [prefix.length, prefix]);
  return (after, upTo, limit) => statement.all(after, upTo, ...types, ...prefixParams, limit);
};
