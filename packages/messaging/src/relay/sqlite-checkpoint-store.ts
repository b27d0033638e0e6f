import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CheckpointStore } from './checkpoint-store';

interface Row {
  readonly position: string;
}

/**
 * Checkpoints in a small SQLite file of the bridge's own (WAL, synchronous=FULL so a saved
 * checkpoint survives a power cut). Positions are stored as decimal text: they are 64-bit.
 */
export const getSqliteCheckpointStore = (options: { readonly path: string }): CheckpointStore => {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE IF NOT EXISTS relay_checkpoints (
    name TEXT PRIMARY KEY,
    position TEXT NOT NULL,
    saved_at TEXT NOT NULL
  )`);
  const select = db.prepare<[string], Row>('SELECT position FROM relay_checkpoints WHERE name = ?');
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO relay_checkpoints (name, position, saved_at) VALUES (?, ?, ?)
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
