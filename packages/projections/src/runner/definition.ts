import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '@ladder/event-store';

/**
 * Maps a read model's base table name to the physical table of one generation
 * (`staff_directory` → `staff_directory_g3`). Queries read the base name, which is a
 * view over the current generation, so a rebuild can fill a fresh generation and swap.
 */
export type TableNamer = (base: string) => string;

/** A projection bound to one generation's tables: prepared statements closed over. */
export interface BoundProjection {
  /** Folds one event into the read model; throwing marks the event as poison. */
  apply(event: RecordedEvent): void;
  /**
   * Brings derived state up to date after a batch (e.g. re-evaluating what the batch
   * touched). Called in the batch's transaction at the end of every live batch and once the
   * backlog is applied, not after each backlog batch, so a rebuild does that work once.
   * Returns false when it stopped after a slice of the work: the runner commits, lets other
   * work run, and calls it again (in a new transaction) until it returns true.
   */
  settle?(): boolean;
  /**
   * Forgets whatever the projection keeps in memory about its tables. The runner calls it
   * when the writes it made may not have stuck (a savepoint rolled back after a poison event,
   * a batch whose transaction failed) or when another process may have written the tables.
   */
  discard?(): void;
}

/** A fold over the global log into tables of the read-model database. */
export interface ProjectionDefinition {
  readonly name: string;
  /** Bump when the tables or the fold change: a stored generation of another version is rebuilt. */
  readonly version: number;
  /** Base names of the tables it owns; each is exposed as a view of the same name. */
  readonly tables: readonly string[];
  /** DDL for one generation (tables and the indexes the fold reads), using `t` for every table name. */
  create(db: Database, t: TableNamer): void;
  /**
   * `CREATE INDEX` statements only queries need (the fold never reads them). A rebuild
   * creates them once its replay is done, sorted in one pass, instead of updating them
   * row by row at random places; a new generation outside a rebuild creates them at once.
   */
  queryIndexes?(t: TableNamer): readonly string[];
  bind(db: Database, t: TableNamer): BoundProjection;
  /**
   * Heavy enough that a rebuild replays it on a worker thread of its own while the other
   * projections replay on the calling thread (both cores at work). The thread finds it by
   * name in `allProjections`, so only those may set it.
   */
  readonly ownThread?: boolean;
}
