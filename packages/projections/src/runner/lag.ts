import type { Database } from 'better-sqlite3';
import type { EventStore } from '@ladder/event-store';
import type { PoisonEventInfo } from './poison';
import { readAllStates } from './state';

export interface ProjectionLag {
  readonly name: string;
  readonly status: 'running' | 'stopped';
  readonly checkpoint: bigint;
  readonly head: bigint;
  /** Head position minus checkpoint: how far behind the log this read model is. */
  readonly lag: bigint;
  readonly error: PoisonEventInfo | null;
}

/** Lag of every projection recorded in the read-model database. */
export const projectionLag = async (db: Database, store: EventStore): Promise<ProjectionLag[]> => {
  const head = await store.headPosition();
  return readAllStates(db).map((s) => ({
    name: s.name,
    status: s.status,
    checkpoint: s.checkpoint,
    head,
    lag: head > s.checkpoint ? head - s.checkpoint : 0n,
    error: s.error,
  }));
};
