import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where a follower of the log remembers, by name, the last global position it has handled. */
export interface CheckpointStore {
  /** The stored position, or 0n when this name has none yet (read from the start). */
  load(name: string): Promise<bigint>;
  /** Durable once the promise resolves. */
  save(name: string, position: bigint): Promise<void>;
  close(): Promise<void>;
}

/**
 * Brings a file written by an older Ladder to the one schema: the process checkpoints had no
 * `saved_at`, and the Kafka relay kept its own `relay_checkpoints` table. Rows are carried
 * over, never reset, so no follower starts again from 0 after an upgrade.
 */
const migrate = (db: Database.Database): void => {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(checkpoints)').all();
  if (!columns.some((c) => c.name === 'saved_at'))
    db.exec('ALTER TABLE checkpoints ADD COLUMN saved_at TEXT');
  const legacy = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'relay_checkpoints'")
    .get();
  if (legacy !== undefined)
    db.exec(`INSERT OR IGNORE INTO checkpoints (name, position, saved_at)
               SELECT name, position, saved_at FROM relay_checkpoints;
             DROP TABLE relay_checkpoints;`);
};

/**
 * Checkpoints in a small SQLite file (WAL, synchronous=FULL so a saved checkpoint survives a
 * power cut). Positions are stored as decimal text: they are 64-bit.
 */
export const getSqliteCheckpointStore = (options: { readonly path: string }): CheckpointStore => {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.transaction(() => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position TEXT NOT NULL)',
    );
    migrate(db);
  })();
  const select = db.prepare<[string], { position: string }>(
    'SELECT position FROM checkpoints WHERE name = ?',
  );
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO checkpoints (name, position, saved_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET position = excluded.position, saved_at = excluded.saved_at`,
  );
  return {
    load: (name) => Promise.resolve(BigInt(select.get(name)?.position ?? '0')),
    save: (name, position) => {
      upsert.run(name, position.toString(), new Date().toISOString());
      return Promise.resolve();
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
};
