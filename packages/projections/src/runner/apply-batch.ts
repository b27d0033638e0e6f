import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '@ladder/event-store';
import { PoisonEvent, poisonOf, type PoisonEventInfo } from './poison';
import type { Slot } from './slot';

export interface SlotOutcome {
  readonly name: string;
  readonly applied: number;
  readonly poison: PoisonEventInfo | null;
  /** False when the projection's settling has more to do (see `settle`). */
  readonly settled: boolean;
}

interface Folded {
  readonly applied: number;
  readonly settled: boolean;
}

/** True when no projection has settling left to do. */
export const allSettled = (outcomes: readonly SlotOutcome[]): boolean =>
  outcomes.every((o) => o.settled);

/** Folds events after the slot's checkpoint; the rows and the new checkpoint commit together. */
const fold = (
  slot: Slot,
  events: readonly RecordedEvent[],
  upTo: number,
  settle: boolean,
): Folded => {
  const checkpoint = slot.begin();
  if (checkpoint === null) return { applied: 0, settled: true };
  const bound = slot.bound();
  let applied = 0;
  let last = checkpoint;
  for (let i = 0; i < upTo; i++) {
    const event = events[i];
    if (event === undefined || event.position <= checkpoint) continue;
    try {
      bound.apply(event);
    } catch (error) {
      throw poisonOf(slot.def.name, event, error);
    }
    last = event.position;
    applied++;
  }
  let settled = true;
  if (settle && bound.settle !== undefined) {
    try {
      settled = bound.settle();
    } catch (error) {
      // Settling works on what the batch's last event left; that event is the one to name.
      const lastEvent = events[upTo - 1];
      if (lastEvent === undefined) throw error;
      throw poisonOf(slot.def.name, lastEvent, error);
    }
  }
  if (last !== checkpoint) slot.commit(last);
  return { applied, settled };
};

/**
 * Applies one batch to every slot in ONE SQLite transaction, each slot in its own savepoint:
 * a crash commits all or nothing, so no event is applied twice or skipped. A poison event
 * rolls back only its projection's savepoint; that projection is then folded up to the
 * event before it and stopped there, and the other projections carry on.
 */
export const applyBatch = (
  db: Database,
  slots: readonly Slot[],
  events: readonly RecordedEvent[],
  settle = true,
): SlotOutcome[] =>
  db.transaction(() =>
    slots.map((slot): SlotOutcome => {
      try {
        const folded = db.transaction(() => fold(slot, events, events.length, settle))();
        return { name: slot.def.name, ...folded, poison: null };
      } catch (error) {
        // The savepoint rolled back: what the projection kept in memory may be ahead of its tables.
        slot.discard();
        if (!(error instanceof PoisonEvent)) throw error;
        const at = events.findIndex((e) => e.eventId === error.info.eventId);
        const applied = db.transaction(() => {
          const n = fold(slot, events, at, false).applied;
          const before = events
            .slice(0, at)
            .reduce((p, e) => (e.position > p ? e.position : p), slot.begin() ?? 0n);
          slot.stop(error.info, before);
          return n;
        })();
        return { name: slot.def.name, applied, poison: error.info, settled: true };
      }
    }),
  )();
