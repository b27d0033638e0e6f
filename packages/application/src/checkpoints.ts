import Database from 'better-sqlite3';

/** Where a long-running reactor remembers how far through the log it got. */
export interface Checkpoints {
  load(name: string): Promise<bigint>;
  save(name: string, position: bigint): Promise<void>;
  close(): Promise<void>;
}

/** Checkpoints in a small SQLite file (synchronous=FULL: a saved checkpoint survives a crash). */
export const getSqliteCheckpoints = (path: string): Checkpoints => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position TEXT NOT NULL)');
  const select = db.prepare<[string], { position: string }>(
    'SELECT position FROM checkpoints WHERE name = ?',
  );
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET position = excluded.position',
  );
  return {
    load: (name) => Promise.resolve(BigInt(select.get(name)?.position ?? '0')),
    save: (name, position) => {
      upsert.run(name, position.toString());
      return Promise.resolve();
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
};
