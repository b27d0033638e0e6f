import type { Database } from 'better-sqlite3';
import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';
import type { PoisonEventInfo } from './poison';

/** Where one projection stands: its table generation and the last global position applied. */
export interface ProjectionState {
  readonly name: string;
  readonly version: number;
  readonly generation: number;
  readonly checkpoint: bigint;
  readonly status: 'running' | 'stopped';
  readonly error: PoisonEventInfo | null;
}

const Row = t.type({
  name: t.string,
  version: t.bigint,
  generation: t.bigint,
  checkpoint: t.bigint,
  status: t.union([t.literal('running'), t.literal('stopped')]),
  error: t.union([t.string, t.null]),
});

const PoisonJson = t.type({
  projection: t.string,
  eventId: t.string,
  streamName: t.string,
  position: t.string,
  revision: t.string,
  type: t.string,
  cause: t.string,
});

const parseError = (json: string | null): PoisonEventInfo | null => {
  if (json === null) return null;
  const decoded = PoisonJson.decode(JSON.parse(json));
  if (!isRight(decoded)) return null;
  const e = decoded.right;
  return { ...e, position: BigInt(e.position), revision: BigInt(e.revision) };
};

export const readState = (db: Database, name: string): ProjectionState | null => {
  const raw: unknown = db
    .prepare('SELECT * FROM projection_state WHERE name = ?')
    .safeIntegers(true)
    .get(name);
  if (raw === undefined) return null;
  const row = Row.decode(raw);
  if (!isRight(row)) throw new Error(`projection_state row for "${name}" is malformed`);
  const r = row.right;
  return {
    name: r.name,
    version: Number(r.version),
    generation: Number(r.generation),
    checkpoint: r.checkpoint,
    status: r.status,
    error: parseError(r.error),
  };
};

export const readAllStates = (db: Database): ProjectionState[] =>
  db
    .prepare<[], { name: string }>('SELECT name FROM projection_state ORDER BY name')
    .all()
    .flatMap((r) => readState(db, r.name) ?? []);

export const writeState = (db: Database, s: ProjectionState): void => {
  db.prepare(
    `INSERT INTO projection_state (name, version, generation, checkpoint, status, error)
     VALUES (@name, @version, @generation, @checkpoint, @status, @error)
     ON CONFLICT (name) DO UPDATE SET version = excluded.version, generation = excluded.generation,
       checkpoint = excluded.checkpoint, status = excluded.status, error = excluded.error`,
  ).run({
    name: s.name,
    version: s.version,
    generation: s.generation,
    checkpoint: s.checkpoint,
    status: s.status,
    error:
      s.error === null
        ? null
        : JSON.stringify({
            ...s.error,
            position: s.error.position.toString(),
            revision: s.error.revision.toString(),
          }),
  });
};
