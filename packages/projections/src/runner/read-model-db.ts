import Database from 'better-sqlite3';

/**
 * The read-model database: a SQLite file of its own, apart from the event log, so any
 * event store can feed it. WAL lets queries read while a batch or a rebuild writes.
 */
export const openReadModels = (path: string): Database.Database => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // A crash (even of the OS) can lose the last commits, never split one: rows and checkpoint
  // commit together, so a lost commit is simply re-applied from the older checkpoint.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  // Read models run to gigabytes on big logs; SQLite's default 2 MiB page cache would send
  // most index lookups of a rebuild to the OS. Bounded, so memory stays flat.
  db.pragma('cache_size = -131072');
  db.pragma('temp_store = MEMORY');
  // Personal data scrubbed from a read model (a name, on an erasure) must not stay readable
  // in a freed page: SQLite zeroes deleted content as it frees it.
  db.pragma('secure_delete = ON');
  db.exec(`CREATE TABLE IF NOT EXISTS projection_state (
    name TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    generation INTEGER NOT NULL,
    checkpoint INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'stopped')),
    error TEXT
  ) STRICT`);
  return db;
};

/**
 * Folds the WAL into the file and empties it, so frames written before an erasure (holding the
 * scrubbed values) leave the disk's copy of the read models. Busy readers make it a no-op
 * until the next erasure or checkpoint; the WAL is reused from its start either way.
 */
export const scrubWal = (db: Database.Database): void => {
  db.pragma('wal_checkpoint(TRUNCATE)');
};
