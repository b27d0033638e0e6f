import type { Database } from 'better-sqlite3';
import type { EventStore } from '@ladder/event-store';
import { applyBacklog } from './backlog';
import type { ProjectionDefinition } from './definition';
import {
  createGeneration,
  createQueryIndexes,
  dropGeneration,
  ensureProjection,
  pointViews,
} from './generations';
import type { PoisonEventInfo } from './poison';
import { replayApart } from './replay-apart';
import { rebuildSlot, type RebuildSlot } from './slot';
import { readState, writeState } from './state';

export interface RebuildOptions {
  readonly store: EventStore;
  readonly db: Database;
  readonly projections: readonly ProjectionDefinition[];
  readonly batchSize?: number;
  /**
   * Replay into a file of its own, durability off, and copy the result in (default, for a
   * read-model file); false replays straight into the read-model file as the live runner
   * writes it (always so for an in-memory database).
   */
  readonly apart?: boolean;
  /**
   * 2: the projections marked `ownThread` replay on a worker thread beside the others (both
   * cores, about 240 MiB more at a million events); 1 (default): all on this thread, within
   * the 512 MiB a rebuild is held to.
   */
  readonly threads?: 1 | 2;
  readonly onProgress?: (applied: number, position: bigint) => void;
}

export type RebuildOutcome =
  | {
      readonly name: string;
      readonly kind: 'swapped';
      readonly generation: number;
      readonly checkpoint: bigint;
    }
  | { readonly name: string; readonly kind: 'failed'; readonly poison: PoisonEventInfo };

export interface RebuildReport {
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly outcomes: readonly RebuildOutcome[];
}

/**
 * Swaps a finished generation in, in one transaction, if it is at least as far along as
 * the live one (a runner may have kept applying meanwhile); otherwise the caller reads on.
 */
const trySwap = (db: Database, slot: RebuildSlot): boolean =>
  db.transaction(() => {
    const live = readState(db, slot.def.name);
    if (live === null) throw new Error(`projection "${slot.def.name}" has no state row`);
    if (live.checkpoint > slot.checkpoint()) return false;
    pointViews(db, slot.def, slot.generation);
    writeState(db, {
      ...live,
      generation: slot.generation,
      checkpoint: slot.checkpoint(),
      status: 'running',
      error: null,
    });
    dropGeneration(db, slot.def, live.generation);
    return true;
  })();

/**
 * Replays the log from position 0 into a fresh table set per projection, then swaps each
 * in atomically; until then queries keep reading the current generation. A projection
 * whose replay meets a poison event is not swapped: the old generation keeps answering.
 */
export const rebuild = async (options: RebuildOptions): Promise<RebuildReport> => {
  const { store, db } = options;
  // Large batches: on a big log each batch's commit rewrites every index page it touched, and
  // those are spread across the file; more events per batch share each page write (a 1M-event
  // replay wrote ~30 GB with 5,000). Memory stays bounded by the batch and the page cache.
  const batchSize = options.batchSize ?? 25_000;
  const started = performance.now();
  const generations = options.projections.map((def) => ({
    def,
    generation: ensureProjection(db, def).generation + 1,
  }));
  let events = 0;
  const onBatch = (_outcomes: unknown, applied: number, position: bigint) => {
    events += applied;
    if (applied > 0) options.onProgress?.(events, position);
  };
  let pendingSlots: RebuildSlot[];
  let after = 0n;
  if (options.apart !== false && !db.memory)
    ({ slots: pendingSlots, after } = await replayApart({
      store,
      db,
      generations,
      batchSize,
      onBatch,
      threads: options.threads ?? 1,
    }));
  else
    pendingSlots = generations.map(({ def, generation }) => {
      createGeneration(db, def, generation, true);
      return rebuildSlot(db, def, generation);
    });
  const outcomes: RebuildOutcome[] = [];
  const indexed = new Set<RebuildSlot>();
  for (;;) {
    // What the log holds beyond the replay, then (below) whatever the live projector
    // applied meanwhile; each pass settles.
    after = await applyBacklog({ store, db, slots: pendingSlots, after, batchSize, onBatch });
    const still: RebuildSlot[] = [];
    for (const slot of pendingSlots) {
      const poison = slot.poison();
      if (poison === null && !indexed.has(slot)) {
        // Query-only indexes, built in one sorted pass now the replay is done (before the
        // swap, so the generation answers queries as fast as one built incrementally).
        db.transaction(() => createQueryIndexes(db, slot.def, slot.generation))();
        indexed.add(slot);
      }
      if (poison !== null) {
        dropGeneration(db, slot.def, slot.generation);
        outcomes.push({ name: slot.def.name, kind: 'failed', poison });
      } else if (trySwap(db, slot))
        outcomes.push({
          name: slot.def.name,
          kind: 'swapped',
          generation: slot.generation,
          checkpoint: slot.checkpoint(),
        });
      else still.push(slot);
    }
    pendingSlots = still;
    if (pendingSlots.length === 0) break;
  }
  const seconds = (performance.now() - started) / 1000;
  return { events, seconds, eventsPerSecond: events / Math.max(seconds, 1e-9), outcomes };
};
