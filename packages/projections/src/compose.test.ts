import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { anEvent } from '../test/events';
import type { RecordedEvent } from '@ladder/event-store';
import { composeProjections } from './compose';
import type { BoundProjection, ProjectionDefinition } from './runner/definition';

const identity = (base: string) => base;
const recorded = (position: bigint): RecordedEvent => ({
  ...anEvent(),
  streamName: 'staff-a',
  revision: position - 1n,
  position,
  recordedAt: '2025-01-01T00:00:00.000Z',
});

/** A part that logs what it is asked to do, and needs `rounds` calls to settle. */
const part = (
  name: string,
  log: string[],
  bound: Partial<BoundProjection> & { rounds?: number },
) => {
  let left = bound.rounds ?? 0;
  const definition: ProjectionDefinition = {
    name,
    version: 1,
    tables: [`${name}_a`, `${name}_b`],
    create: (db, t) =>
      db.exec(`CREATE TABLE "${t(`${name}_a`)}" (x); CREATE TABLE "${t(`${name}_b`)}" (x)`),
    queryIndexes: (t) => [`CREATE INDEX "${t(`${name}_a`)}_x" ON "${t(`${name}_a`)}" (x)`],
    bind: () => ({
      apply: (e) => log.push(`${name} applies ${e.position}`),
      ...(bound.rounds === undefined
        ? {}
        : {
            settle: () => {
              log.push(`${name} settles`);
              left = Math.max(0, left - 1);
              return left === 0;
            },
          }),
      ...(bound.discard === undefined ? {} : { discard: () => log.push(`${name} discards`) }),
    }),
  };
  return definition;
};

describe('a read model composed of projections', () => {
  it('owns every part’s tables, in order, and creates them and their query indexes', () => {
    const log: string[] = [];
    const composed = composeProjections('both', 3, [part('p', log, {}), part('q', log, {})]);
    expect([composed.name, composed.version, composed.tables]).toEqual([
      'both',
      3,
      ['p_a', 'p_b', 'q_a', 'q_b'],
    ]);
    const db = new Database(':memory:');
    composed.create(db, identity);
    for (const ddl of composed.queryIndexes?.(identity) ?? []) db.exec(ddl);
    const names = db
      .prepare<[], { name: string }>(`SELECT name FROM sqlite_master ORDER BY name`)
      .all();
    expect(names.map((r) => r.name)).toEqual(['p_a', 'p_a_x', 'p_b', 'q_a', 'q_a_x', 'q_b']);
  });

  it('folds each event into every part, in the parts’ order', () => {
    const log: string[] = [];
    const bound = composeProjections('both', 1, [part('p', log, {}), part('q', log, {})]).bind(
      new Database(':memory:'),
      identity,
    );
    bound.apply(recorded(1n));
    bound.apply(recorded(2n));
    expect(log).toEqual(['p applies 1', 'q applies 1', 'p applies 2', 'q applies 2']);
  });

  it('is settled only when every part is, and asks a settled part again (settling is idempotent)', () => {
    const log: string[] = [];
    const bound = composeProjections('both', 1, [
      part('p', log, { rounds: 1 }),
      part('q', log, {}),
      part('r', log, { rounds: 2 }),
    ]).bind(new Database(':memory:'), identity);
    expect(bound.settle?.()).toBe(false);
    expect(bound.settle?.()).toBe(true);
    expect(log).toEqual(['p settles', 'r settles', 'p settles', 'r settles']);
  });

  it('passes a discard to the parts that keep memory, and offers none when no part does', () => {
    const log: string[] = [];
    const noop = () => undefined;
    const bound = composeProjections('both', 1, [
      part('p', log, { discard: noop }),
      part('q', log, {}),
    ]).bind(new Database(':memory:'), identity);
    bound.discard?.();
    expect(log).toEqual(['p discards']);
    const plain = composeProjections('plain', 1, [part('q', log, {})]).bind(
      new Database(':memory:'),
      identity,
    );
    expect(['settle' in plain, 'discard' in plain]).toEqual([false, false]);
  });
});
