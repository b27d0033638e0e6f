import Database from 'better-sqlite3';

/**
 * One of the API's own SQLite files (idempotency answers, sessions): WAL, so readers never wait
 * for the writer, and a writer waits up to 5 s for another process's lock instead of failing.
 */
export const openApiFile = (path: string): Database.Database => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  return db;
};
