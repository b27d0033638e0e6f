import type { Database } from 'better-sqlite3';
import type { EventStore } from '@ladder/event-store';
import {
  allProjections,
  openReadModels,
  projectionLag,
  startRunner,
  type PoisonEventInfo,
  type ProjectionDefinition,
  type ProjectionLag,
} from '@ladder/projections';

export interface ProjectorOptions {
  readonly store: EventStore;
  /** A read-model file path, or an open read-model database (the API may share its own). */
  readonly readModels: string | Database;
  readonly projections?: readonly ProjectionDefinition[];
  readonly batchSize?: number;
  /** See `RunnerOptions`: a long backlog at start is applied at rebuild speed. */
  readonly catchUpThreshold?: number;
  readonly catchUpBatchSize?: number;
  readonly onPoison?: (poison: PoisonEventInfo) => void;
}

export interface Projector {
  readonly db: Database;
  /** Resolves once every projection has applied the backlog present at start. */
  readonly caughtUp: Promise<void>;
  /** Settles when the projector stops; rejects if the store failed. */
  readonly done: Promise<void>;
  waitFor(position: bigint): Promise<void>;
  lag(): Promise<ProjectionLag[]>;
  eventsPerSecond(): number;
  /** Stops following the log; closes the read-model file if the projector opened it. */
  stop(): Promise<void>;
}

/**
 * Keeps every read model current against a store: the process `pnpm --filter
 * @ladder/projector start` runs, and a function the API can run in-process.
 */
export const startProjector = (options: ProjectorOptions): Projector => {
  const owned = typeof options.readModels === 'string';
  const db =
    typeof options.readModels === 'string'
      ? openReadModels(options.readModels)
      : options.readModels;
  const runner = startRunner({
    store: options.store,
    db,
    projections: options.projections ?? allProjections,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.catchUpThreshold === undefined
      ? {}
      : { catchUpThreshold: options.catchUpThreshold }),
    ...(options.catchUpBatchSize === undefined
      ? {}
      : { catchUpBatchSize: options.catchUpBatchSize }),
    ...(options.onPoison === undefined ? {} : { onPoison: options.onPoison }),
  });
  return {
    db,
    caughtUp: runner.caughtUp,
    done: runner.done,
    waitFor: (position) => runner.waitFor(position),
    lag: () => projectionLag(db, options.store),
    eventsPerSecond: () => runner.eventsPerSecond(),
    async stop() {
      await runner.stop();
      if (owned) db.close();
    },
  };
};
