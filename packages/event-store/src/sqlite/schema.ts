import type { Database } from 'better-sqlite3';

/**
 * One table is the whole log. `position` is the rowid (INTEGER PRIMARY KEY): the global
 * order. Positions are never reused because nothing is ever deleted; a rolled-back append
 * leaves no row, so nobody has seen its positions (no AUTOINCREMENT needed).
 *
 * `batch_start` (revision of the first event of its append) and `batch_size` remember
 * the boundaries of each append, so a retried append can be recognised as the very same
 * batch (idempotent) rather than a partial overlap (DuplicateEventId).
 */
const schema = `
CREATE TABLE IF NOT EXISTS events (
  position        INTEGER PRIMARY KEY,
  stream_name     TEXT    NOT NULL,
  revision        INTEGER NOT NULL,
  event_id        TEXT    NOT NULL,
  type            TEXT    NOT NULL,
  schema_version  INTEGER NOT NULL,
  recorded_at     TEXT    NOT NULL,
  effective_at    TEXT    NOT NULL,
  actor_id        TEXT    NOT NULL,
  actor_role      TEXT    NOT NULL,
  reason          TEXT,
  correlation_id  TEXT    NOT NULL,
  causation_id    TEXT,
  data            TEXT    NOT NULL,
  batch_start     INTEGER NOT NULL,
  batch_size      INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS events_stream_revision ON events (stream_name, revision);
CREATE UNIQUE INDEX IF NOT EXISTS events_event_id ON events (event_id);
`;

export const schemaVersion = 1;

/**
 * Creates the table and indexes in a new file. A file that already has them is only read:
 * every store opens two connections (reads, and the writer thread's), and neither should
 * wait for another process's write lock, or fsync, just to learn the schema is there.
 */
export const createSchema = (db: Database): void => {
  if (db.pragma('user_version', { simple: true }) === schemaVersion) return;
  db.exec(schema);
  db.pragma(`user_version = ${schemaVersion}`);
};
