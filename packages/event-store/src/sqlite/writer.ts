import type Database from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import type { AppendOutcome, AppendRequest } from './append';
import { prepareGroupCommit } from './group-commit';

/** Where a store's appends are written: answered only once they are durable. */
export interface Writer {
  append(request: AppendRequest): Promise<AppendOutcome>;
  /** Answers what is in flight, then releases the write connection. */
  close(): Promise<void>;
}

/**
 * Writes on the store's own connection, on the caller's thread: for `:memory:` databases,
 * which a second connection (the writer thread's) could not see and which never fsync.
 */
export const inlineWriter = (db: Database.Database): Writer => {
  const commit = prepareGroupCommit(db);
  return {
    append: (request) => Promise.resolve(commit([request])[0] ?? unavailable),
    close: () => Promise.resolve(),
  };
};

const unavailable: AppendOutcome = E.left({ code: 'StoreUnavailable', message: 'no answer' });
