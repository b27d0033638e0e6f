import Database from 'better-sqlite3';
import { createSchema } from './schema';

export interface SqliteOptions {
  readonly path: string;
  /** How long a writer waits for another process's write lock before StoreUnavailable. */
  readonly busyTimeoutMs?: number;
}

/**
 * Opens (and creates) the store file.
 *
 * - `journal_mode = WAL`: readers never block the writer and see a committed snapshot.
 * - `synchronous = FULL`: in WAL mode SQLite then fsyncs the WAL at every commit, so an
 *   append that returned has reached the disk and survives a power cut. `NORMAL` would
 *   only fsync at checkpoints: still safe against a process crash, but the last
 *   acknowledged appends could vanish on power loss, which an HR audit log cannot allow.
 */
export const openDatabase = (options: SqliteOptions): Database.Database => {
  const db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 10_000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  createSchema(db);
  return db;
};
