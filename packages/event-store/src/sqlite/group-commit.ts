import type Database from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { prepareAppend, type AppendOutcome, type AppendRequest } from './append';

/** Writes appends that arrived together; answers them in order, one outcome each. */
export type GroupCommit = (requests: readonly AppendRequest[]) => AppendOutcome[];

/**
 * Group commit: one `BEGIN IMMEDIATE … COMMIT` (so one fsync of the WAL, with
 * `synchronous = FULL`) for every append that arrived while the previous commit was on
 * disk. Each append keeps its own savepoint, expected-revision check and idempotency
 * answer (append.ts): one that is refused leaves the others in. The outcomes are returned
 * only after COMMIT has returned, so nobody hears "appended" before the fsync; if COMMIT
 * (or the lock) fails, no append of the group was written and every one is told so.
 */
export const prepareGroupCommit = (db: Database.Database): GroupCommit => {
  const append = prepareAppend(db);
  const writeAll = db.transaction((requests: readonly AppendRequest[]) => requests.map(append));
  return (requests) => {
    if (requests.length === 0) return [];
    try {
      return writeAll.immediate(requests);
    } catch (error) {
      const failed = E.left({
        code: 'StoreUnavailable' as const,
        message: error instanceof Error ? error.message : String(error),
      });
      return requests.map(() => failed);
    }
  };
};
