import type { Database } from 'better-sqlite3';
import type { EventStore } from '@ladder/event-store';
import type { SlotOutcome } from './apply-batch';
import { applyBacklog } from './backlog';
import type { ProjectionDefinition } from './definition';
import { createGeneration, namer } from './generations';
import { copyGeneration, openReplayFile, removeReplayFile } from './replay-file';
import { rebuildSlot, type RebuildSlot } from './slot';

export interface Generation {
  readonly def: ProjectionDefinition;
  readonly generation: number;
}

export interface ReplayApartOptions {
  readonly store: EventStore;
  readonly db: Database;
  readonly generations: readonly Generation[];
  readonly batchSize: number;
  readonly onBatch: (outcomes: readonly SlotOutcome[], events: number, position: bigint) => void;
}

/**
 * Replays the log as it stands into a replay file of its own (durability off, see
 * `openReplayFile`), settles it, then copies each generation's rows into the same empty
 * tables of the read-model file. Returns rebuild slots on the read-model file at the
 * checkpoint (or the poison event) the replay reached, and the position it read up to.
 */
export const replayApart = async (
  options: ReplayApartOptions,
): Promise<{ readonly slots: RebuildSlot[]; readonly after: bigint }> => {
  const { db, generations } = options;
  const path = `${db.name}.replay`;
  const replay = openReplayFile(path);
  try {
    const replaySlots = generations.map(({ def, generation }) => {
      createGeneration(replay, def, generation, true);
      return rebuildSlot(replay, def, generation);
    });
    const after = await applyBacklog({
      store: options.store,
      db: replay,
      slots: replaySlots,
      after: 0n,
      batchSize: options.batchSize,
      onBatch: options.onBatch,
    });
    const reached = replaySlots.map((s) => ({ checkpoint: s.checkpoint(), poison: s.poison() }));
    replay.close();
    // Before attaching: unqualified DDL (the leftovers' DROP) would find the replay's tables.
    for (const { def, generation } of generations) createGeneration(db, def, generation, true);
    db.prepare('ATTACH DATABASE ? AS replay').run(path);
    try {
      generations.forEach(({ def, generation }, i) => {
        if (reached[i]?.poison === null) copyGeneration(db, 'replay', def, namer(generation));
      });
    } finally {
      db.exec('DETACH DATABASE replay');
    }
    const slots = generations.map(({ def, generation }, i) =>
      rebuildSlot(db, def, generation, reached[i]),
    );
    return { slots, after };
  } finally {
    if (replay.open) replay.close();
    removeReplayFile(path);
  }
};
