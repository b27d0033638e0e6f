import type { Database } from 'better-sqlite3';
import type { EventStore } from '@ladder/event-store';
import type { SlotOutcome } from './apply-batch';
import { applyBacklog } from './backlog';
import type { ProjectionDefinition } from './definition';
import { createGeneration, namer } from './generations';
import { copyGeneration, openReplayFile, removeReplayFile } from './replay-file';
import { startReplayThread } from './replay-thread';
import type { Reached } from './replay-thread-protocol';
import { rebuildSlot, type RebuildSlot } from './slot';
import { projectionNamed } from '../all';

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
  /** 2: projections marked `ownThread` replay on a worker thread (see `RebuildOptions`). */
  readonly threads: 1 | 2;
}

/** A replay file and the generations replayed into it. */
interface Apart {
  readonly path: string;
  readonly generations: readonly Generation[];
}

/**
 * With two threads, projections marked `ownThread` replay on a worker thread while the rest
 * replay here, when there are both and the thread can find each by name (a definition not in `allProjections`,
 * e.g. a test's, replays here).
 */
const splitByThread = (
  generations: readonly Generation[],
  threads: 1 | 2,
): { readonly here: Generation[]; readonly threaded: Generation[] } => {
  if (threads === 1) return { here: [...generations], threaded: [] };
  const threaded = generations.filter(
    ({ def }) => def.ownThread === true && projectionNamed(def.name) === def,
  );
  const here = generations.filter((g) => !threaded.includes(g));
  return here.length > 0 && threaded.length > 0
    ? { here, threaded }
    : { here: [...generations], threaded: [] };
};

/** Copies each replayed generation (those that met no poison event) into the read-model file. */
const copyIn = (db: Database, apart: Apart, reached: readonly Reached[]): void => {
  db.prepare('ATTACH DATABASE ? AS replay').run(apart.path);
  try {
    apart.generations.forEach(({ def, generation }, i) => {
      if (reached[i]?.poison === null) copyGeneration(db, 'replay', def, namer(generation));
    });
  } finally {
    db.exec('DETACH DATABASE replay');
  }
};

/**
 * Replays the log as it stands into replay files of their own (durability off, see
 * `openReplayFile`) — the projections marked `ownThread` on a worker thread, the rest here,
 * from one read of the log — settles them, then copies each generation's rows into the same
 * empty tables of the read-model file. Returns rebuild slots on the read-model file at the
 * checkpoint (or the poison event) the replay reached, and the position it read up to.
 */
export const replayApart = async (
  options: ReplayApartOptions,
): Promise<{ readonly slots: RebuildSlot[]; readonly after: bigint }> => {
  const { db, generations } = options;
  const { here, threaded } = splitByThread(generations, options.threads);
  const local: Apart = { path: `${db.name}.replay`, generations: here };
  const apart: Apart = { path: `${db.name}.replay-thread`, generations: threaded };
  const replay = openReplayFile(local.path);
  const thread =
    threaded.length > 0
      ? startReplayThread({
          path: apart.path,
          generations: threaded.map(({ def, generation }) => ({ name: def.name, generation })),
        })
      : undefined;
  try {
    const replaySlots = here.map(({ def, generation }) => {
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
      ...(thread !== undefined ? { alongside: (events) => thread.apply(events) } : {}),
    });
    const reachedHere = replaySlots.map((s) => ({
      checkpoint: s.checkpoint(),
      poison: s.poison(),
    }));
    replay.close();
    const reachedApart = thread !== undefined ? await thread.finish() : [];
    // Before attaching: unqualified DDL (the leftovers' DROP) would find the replay's tables.
    for (const { def, generation } of generations) createGeneration(db, def, generation, true);
    copyIn(db, local, reachedHere);
    if (thread !== undefined) copyIn(db, apart, reachedApart);
    const reached = new Map<Generation, Reached | undefined>([
      ...here.map((g, i) => [g, reachedHere[i]] as const),
      ...threaded.map((g, i) => [g, reachedApart[i]] as const),
    ]);
    const slots = generations.map((g) => rebuildSlot(db, g.def, g.generation, reached.get(g)));
    return { slots, after };
  } finally {
    if (replay.open) replay.close();
    await thread?.stop();
    removeReplayFile(local.path);
    removeReplayFile(apart.path);
  }
};
