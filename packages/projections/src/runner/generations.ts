import type { Database } from 'better-sqlite3';
import type { ProjectionDefinition, TableNamer } from './definition';
import { readState, writeState, type ProjectionState } from './state';

export const namer =
  (generation: number): TableNamer =>
  (base) =>
    `${base}_g${generation}`;

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Creates an empty table set for `generation`, replacing leftovers of a crashed rebuild.
 * `deferQueryIndexes` leaves out the indexes only queries read: call `createQueryIndexes`
 * before the generation answers queries.
 */
export const createGeneration = (
  db: Database,
  def: ProjectionDefinition,
  generation: number,
  deferQueryIndexes = false,
): void => {
  const t = namer(generation);
  db.transaction(() => {
    for (const base of def.tables) db.exec(`DROP TABLE IF EXISTS ${quote(t(base))}`);
    def.create(db, t);
    if (!deferQueryIndexes) createQueryIndexes(db, def, generation);
  })();
};

export const createQueryIndexes = (
  db: Database,
  def: ProjectionDefinition,
  generation: number,
): void => {
  for (const ddl of def.queryIndexes?.(namer(generation)) ?? []) db.exec(ddl);
};

export const dropGeneration = (
  db: Database,
  def: ProjectionDefinition,
  generation: number,
): void => {
  for (const base of def.tables) db.exec(`DROP TABLE IF EXISTS ${quote(namer(generation)(base))}`);
};

/** Points each base-name view at `generation`; call inside the swapping transaction. */
export const pointViews = (db: Database, def: ProjectionDefinition, generation: number): void => {
  const t = namer(generation);
  for (const base of def.tables) {
    db.exec(`DROP VIEW IF EXISTS ${quote(base)}`);
    db.exec(`CREATE VIEW ${quote(base)} AS SELECT * FROM ${quote(t(base))}`);
  }
};

/**
 * Makes sure the projection has a state row and tables of its current version. A projection
 * seen for the first time, or stored under another version, starts afresh from position 0.
 */
export const ensureProjection = (db: Database, def: ProjectionDefinition): ProjectionState => {
  const existing = readState(db, def.name);
  if (existing !== null && existing.version === def.version) return existing;
  const generation = (existing?.generation ?? 0) + 1;
  createGeneration(db, def, generation);
  const state: ProjectionState = {
    name: def.name,
    version: def.version,
    generation,
    checkpoint: 0n,
    status: 'running',
    error: null,
  };
  db.transaction(() => {
    pointViews(db, def, generation);
    writeState(db, state);
    if (existing !== null) dropGeneration(db, def, existing.generation);
  })();
  return state;
};
