import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { KeyLookup, PersonalKeyService } from './key-service';

// The embedded key service: one SQLite file of its own in the data dir, never the log's file,
// so a copy of the log alone holds no key. Destroying a key overwrites it: `secure_delete`
// zeroes freed pages, and the WAL is checkpointed and truncated so no old frame keeps it.

interface KeyRow {
  key_id: string;
  key: Buffer | null;
  created_at: string;
  destroyed_at: string | null;
}

export const openSqliteKeyService = (
  path: string,
  now: () => Date = () => new Date(),
): PersonalKeyService => {
  const db = new Database(path, { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.exec(`CREATE TABLE IF NOT EXISTS personal_keys (
    key_id TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    key BLOB,
    created_at TEXT NOT NULL,
    destroyed_at TEXT
  ) STRICT`);
  db.exec('CREATE INDEX IF NOT EXISTS personal_keys_subject ON personal_keys (subject)');
  db.exec(`CREATE TABLE IF NOT EXISTS erased_subjects (
    subject TEXT PRIMARY KEY,
    erased_at TEXT NOT NULL
  ) STRICT`);
  const find = db.prepare<[string], KeyRow>(
    'SELECT key_id, key, created_at, destroyed_at FROM personal_keys WHERE key_id = ?',
  );
  const erased = db.prepare<[string], { erased_at: string }>(
    'SELECT erased_at FROM erased_subjects WHERE subject = ?',
  );
  const insert = db.prepare(
    'INSERT INTO personal_keys (key_id, subject, key, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const markErased = db.prepare(
    'INSERT INTO erased_subjects (subject, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const destroyOfSubject = db.prepare(
    'UPDATE personal_keys SET key = NULL, destroyed_at = ? WHERE subject = ? AND key IS NOT NULL',
  );
  const destroyOne = db.prepare(
    'UPDATE personal_keys SET key = NULL, destroyed_at = ? WHERE key_id = ? AND key IS NOT NULL',
  );
  const ofSubject = db.prepare<[string], KeyRow>(
    'SELECT key_id, key, created_at, destroyed_at FROM personal_keys WHERE subject = ? ORDER BY key_id',
  );
  // A new key is made inside the write transaction, so two writers agree on one key.
  const keyFor = db.transaction((subject: string, keyId: string) => {
    const gone = erased.get(subject);
    if (gone !== undefined) return { kind: 'subject-erased', erasedAt: gone.erased_at } as const;
    insert.run(keyId, subject, randomBytes(32), now().toISOString());
    const row = find.get(keyId);
    if (row?.key == null)
      throw new Error(`personal data key ${keyId} was destroyed: nothing more is written under it`);
    return { kind: 'key', key: row.key } as const;
  });
  // The freed bytes must leave the file: zeroed pages, then the WAL folded in and emptied.
  const scrubFile = () => db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    keyForWriting(subject, keyId) {
      // Most writes find their key: read it without a write transaction (and its fsync). A
      // key still held means its person is not erased (erasure destroys all their keys at once).
      const held = find.get(keyId);
      if (held?.key != null) return Promise.resolve({ kind: 'key', key: held.key });
      return Promise.resolve(keyFor.immediate(subject, keyId));
    },
    keyForReading(keyId): Promise<KeyLookup> {
      const row = find.get(keyId);
      if (row === undefined) return Promise.resolve({ kind: 'unknown' });
      if (row.key === null)
        return Promise.resolve({ kind: 'destroyed', destroyedAt: row.destroyed_at ?? '' });
      return Promise.resolve({ kind: 'key', key: row.key });
    },
    destroySubject(subject, at) {
      const destroyed = db.transaction(() => {
        markErased.run(subject, at);
        return destroyOfSubject.run(at, subject).changes;
      })();
      scrubFile();
      return Promise.resolve({ destroyed });
    },
    destroyKey(keyId, at) {
      const destroyed = destroyOne.run(at, keyId).changes;
      scrubFile();
      return Promise.resolve({ destroyed });
    },
    keysOf: (subject) =>
      Promise.resolve(
        ofSubject.all(subject).map((r) => ({
          keyId: r.key_id,
          createdAt: r.created_at,
          destroyedAt: r.destroyed_at,
        })),
      ),
    close() {
      db.close();
      return Promise.resolve();
    },
  };
};
