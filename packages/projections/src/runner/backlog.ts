import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import { allSettled, applyBatch, type SlotOutcome } from './apply-batch';
import { scrubWal } from './read-model-db';
import type { Slot } from './slot';

export interface BacklogOptions {
  readonly store: EventStore;
  readonly db: Database;
  readonly slots: readonly Slot[];
  /** Exclusive: the lowest checkpoint among the slots (each skips what it already has). */
  readonly after: bigint;
  readonly batchSize: number;
  /** Checked between batches: true ends the replay there, unsettled (see below). */
  readonly stopped?: () => boolean;
  readonly onBatch?: (outcomes: readonly SlotOutcome[], events: number, position: bigint) => void;
  /**
   * Given each batch before this thread folds it, and awaited after: another thread folds
   * other projections from the same read of the log meanwhile (see `replayApart`).
   */
  readonly alongside?: (events: readonly RecordedEvent[]) => Promise<void>;
}

/**
 * Applies the log after `after`, up to the head as it stands when the read starts, the way a
 * rebuild does: one SELECT streamed in large batches, each one transaction with its
 * checkpoints, and the projections' settling done once at the end (in slices, yielding
 * between them) instead of after every batch. Returns the position of the last event read.
 * Stopped midway, what is applied stays committed with its checkpoints and the settling is
 * left to the next batch that settles (the projections keep what is due in their tables).
 */
export const applyBacklog = async (options: BacklogOptions): Promise<bigint> => {
  const { db, slots } = options;
  let position = options.after;
  const batch: RecordedEvent[] = [];
  const flush = async (settle: boolean): Promise<boolean> => {
    const beside = batch.length > 0 ? options.alongside?.(batch) : undefined;
    const outcomes = applyBatch(db, slots, batch, settle);
    await beside;
    // As live batches do: an erasure's scrubbed values leave the WAL too.
    if (batch.some((e) => e.type === 'PersonalDataErased')) scrubWal(db);
    options.onBatch?.(outcomes, batch.length, position);
    batch.length = 0;
    return allSettled(outcomes);
  };
  for await (const event of options.store.readAll({ after: options.after })) {
    batch.push(event);
    position = event.position;
    if (batch.length >= options.batchSize) {
      await flush(false);
      if (options.stopped?.() === true) return position;
    }
  }
  let settled = await flush(true);
  while (!settled && options.stopped?.() !== true) {
    await nextTurn();
    settled = await flush(true);
  }
  return position;
};
