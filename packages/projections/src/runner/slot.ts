import type { Database } from 'better-sqlite3';
import type { BoundProjection, ProjectionDefinition } from './definition';
import { namer } from './generations';
import type { PoisonEventInfo } from './poison';
import { readState, writeState } from './state';

/**
 * One place a projection is folded into: its live generation (checkpoint in
 * `projection_state`) or a generation being rebuilt (checkpoint held by the rebuild).
 * Every method runs inside the batch transaction.
 */
export interface Slot {
  readonly def: ProjectionDefinition;
  /** The checkpoint to skip up to, or null when the projection is stopped. */
  begin(): bigint | null;
  bound(): BoundProjection;
  /** Tells the bound projection its in-memory state may be ahead of its tables. */
  discard(): void;
  commit(checkpoint: bigint): void;
  stop(poison: PoisonEventInfo, checkpoint: bigint): void;
}

/** The projection's current generation; follows a swap made by a rebuild in any process. */
export const liveSlot = (db: Database, def: ProjectionDefinition): Slot => {
  let generation = -1;
  let handler: BoundProjection | null = null;
  // The checkpoint this process last committed: any other value at the start of a batch means
  // a batch did not commit or another process applied events, so in-memory state is stale.
  let committed: bigint | null = null;
  const state = () => {
    const s = readState(db, def.name);
    if (s === null) throw new Error(`projection "${def.name}" has no state row`);
    return s;
  };
  return {
    def,
    begin() {
      const s = state();
      if (s.status === 'stopped') return null;
      if (s.generation !== generation || handler === null) {
        generation = s.generation;
        handler = def.bind(db, namer(generation));
      } else if (committed !== s.checkpoint) handler.discard?.();
      committed = s.checkpoint;
      return s.checkpoint;
    },
    bound() {
      if (handler === null) throw new Error('begin() first');
      return handler;
    },
    discard: () => handler?.discard?.(),
    commit(checkpoint) {
      writeState(db, { ...state(), checkpoint });
      committed = checkpoint;
    },
    stop(poison, checkpoint) {
      writeState(db, { ...state(), checkpoint, status: 'stopped', error: poison });
      committed = checkpoint;
    },
  };
};

/** A fresh generation being filled by a rebuild; the swap publishes its checkpoint. */
export interface RebuildSlot extends Slot {
  readonly generation: number;
  checkpoint(): bigint;
  poison(): PoisonEventInfo | null;
}

export const rebuildSlot = (
  db: Database,
  def: ProjectionDefinition,
  generation: number,
  /** Where a replay done elsewhere left this generation (its rows copied in). */
  from: { readonly checkpoint: bigint; readonly poison: PoisonEventInfo | null } = {
    checkpoint: 0n,
    poison: null,
  },
): RebuildSlot => {
  const handler = def.bind(db, namer(generation));
  let checkpoint = from.checkpoint;
  let poison = from.poison;
  return {
    def,
    generation,
    begin: () => (poison === null ? checkpoint : null),
    bound: () => handler,
    discard: () => handler.discard?.(),
    commit(c) {
      checkpoint = c;
    },
    stop(p, c) {
      checkpoint = c;
      poison = p;
    },
    checkpoint: () => checkpoint,
    poison: () => poison,
  };
};
