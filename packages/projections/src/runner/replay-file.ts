import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { ProjectionDefinition } from './definition';

/**
 * A file of its own for a rebuild's replay, beside the read-model file. Nothing reads it
 * and nothing else writes it, so it runs without durability: no fsync (a crash just leaves
 * a file the next rebuild deletes), no WAL to write twice, one exclusive lock that never
 * waits on the live projector. The rollback journal stays (in a file, truncated at each
 * commit, never synced): a poison event rolls back its projection's savepoint.
 */
export const openReplayFile = (path: string): Database.Database => {
  removeReplayFile(path);
  const db = new Database(path);
  db.pragma('journal_mode = TRUNCATE');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  // Smaller than the read-model file's: without fsync a page that leaves the cache costs a copy
  // to the OS, and the rebuild's memory stays within bounds with both connections open.
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  return db;
};

export const removeReplayFile = (path: string): void => {
  for (const suffix of ['', '-journal']) rmSync(`${path}${suffix}`, { force: true });
};

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The columns that order a table's rows: its primary key, or the rowid. */
const keyOf = (db: Database.Database, schema: string, table: string): string[] => {
  const sql = db
    .prepare<[string], { sql: string }>(`SELECT sql FROM ${schema}.sqlite_master WHERE name = ?`)
    .get(table)?.sql;
  if (sql === undefined) throw new Error(`no table ${schema}.${table}`);
  if (!/WITHOUT\s+ROWID/i.test(sql)) return ['rowid'];
  return db
    .prepare<[string], { name: string; pk: number }>(
      `SELECT name, pk FROM pragma_table_info(?, '${schema}') WHERE pk > 0 ORDER BY pk`,
    )
    .all(table)
    .map((c) => quote(c.name));
};

/**
 * Copies one generation's tables from the attached replay file into the same (empty) tables
 * of the read-model file, in key order and in chunks of `chunk` rows, each chunk its own
 * transaction, so the live projector's commits interleave and never wait long.
 */
export const copyGeneration = (
  db: Database.Database,
  schema: string,
  def: ProjectionDefinition,
  t: (base: string) => string,
  chunk = 50_000,
): void => {
  for (const base of def.tables) {
    const table = quote(t(base));
    const key = keyOf(db, schema, t(base)).join(', ');
    const after = (bound: boolean) =>
      bound ? `WHERE (${key}) > (${key.replace(/[^,]+/g, '?')})` : '';
    let last: unknown[] | null = null;
    for (;;) {
      const bound: boolean = last !== null;
      const params = last ?? [];
      const copied = db.transaction(() =>
        db
          .prepare(
            `INSERT INTO main.${table} SELECT * FROM ${schema}.${table} ${after(bound)} ORDER BY ${key} LIMIT ${chunk}`,
          )
          .run(...params),
      )().changes;
      if (copied < chunk) break;
      const next: unknown = db
        .prepare(
          `SELECT ${key} FROM ${schema}.${table} ${after(bound)} ORDER BY ${key} LIMIT 1 OFFSET ${chunk - 1}`,
        )
        .raw(true)
        .safeIntegers(true)
        .get(...params);
      if (!Array.isArray(next)) break;
      last = next;
    }
  }
};
