import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { effectiveDateOf, type DomainEventType, type StreamId } from '@ladder/domain';
import { event, logBuilder } from '@ladder/domain/testing';
import type { RecordedEvent } from '@ladder/event-store';
import type { ProjectionDefinition } from '../src/runner/definition';

/** One fact of a spec's history: a domain event on a stream, checked by the real codecs. */
export interface GivenFact {
  readonly stream: StreamId;
  readonly type: DomainEventType;
  readonly data: unknown;
  /** Defaults to `evt-<n>` (n from 1 in the order given), so a retraction can name it. */
  readonly eventId?: string;
  /** Defaults to noon UTC of the event's own business date. */
  readonly recordedAt?: string;
}

/** `fact(stream, type, data)`: a line of a given history. */
export const fact = (
  stream: StreamId,
  type: DomainEventType,
  data: unknown,
  options: { eventId?: string; recordedAt?: string } = {},
): GivenFact => ({ stream, type, data, ...options });

type Row = Readonly<Record<string, unknown>>;

export interface ProjectionThen {
  /** Each table named holds exactly these rows (in any order); tables not named are not read. */
  readonly then: (tables: Readonly<Record<string, readonly Row[]>>) => void;
  /** The query answers exactly this, on a read model folded from the history. */
  readonly thenQuery: <A>(query: (db: Database.Database) => A, expected: NoInfer<A>) => void;
}

const identity = (base: string): string => base;

// Rows in a fixed order, whatever order SQLite or the spec lists them (or their columns) in.
const sortKey = (row: Row): string =>
  Object.keys(row)
    .sort()
    .map((k) => `${k}=${JSON.stringify(row[k])}`)
    .join('|');
const inOrder = (rows: readonly Row[]): Row[] =>
  [...rows].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

/** Folds the events into a fresh in-memory read model, settling after every `settleEvery`. */
const fold = (
  projections: readonly ProjectionDefinition[],
  events: readonly RecordedEvent[],
  settleEvery: number,
): Database.Database => {
  const db = new Database(':memory:');
  for (const p of projections) p.create(db, identity);
  for (const p of projections) for (const ddl of p.queryIndexes?.(identity) ?? []) db.exec(ddl);
  const bound = projections.map((p) => p.bind(db, identity));
  const settle = () => {
    for (const b of bound) while (b.settle !== undefined && !b.settle());
  };
  events.forEach((e, i) => {
    for (const b of bound) b.apply(e);
    if ((i + 1) % settleEvery === 0) settle();
  });
  settle();
  return db;
};

/**
 * `projectionSpec(...projections).given(...facts).then({ table: rows })` or
 * `.thenQuery(db => query(db, …), answer)`: the read model's rows or answers for a history,
 * as a decider's spec states the events for a command. Every expectation is checked twice:
 * on the history folded in one batch (as a rebuild does) and event by event with settling
 * after each (as a live runner may), so a fold that depends on its batching fails the spec.
 * `givenLog(events)` takes a log recorded beforehand instead of facts.
 */
export const projectionSpec = (...projections: readonly ProjectionDefinition[]) => {
  /** The same expectations over a log recorded beforehand (e.g. a seed scenario's facts). */
  const givenLog = (events: readonly RecordedEvent[]): ProjectionThen => {
    const folded = [
      ['in one batch', fold(projections, events, Number.MAX_SAFE_INTEGER)],
      ['event by event', fold(projections, events, 1)],
    ] as const;
    return {
      then: (tables) => {
        for (const [how, db] of folded)
          for (const [table, rows] of Object.entries(tables))
            expect(
              inOrder(db.prepare<[], Row>(`SELECT * FROM "${table}"`).all()),
              `${table}, ${how}`,
            ).toEqual(inOrder(rows));
      },
      thenQuery: (query, expected) => {
        for (const [how, db] of folded) expect(query(db), how).toEqual(expected);
      },
    };
  };
  const given = (...facts: readonly GivenFact[]): ProjectionThen => {
    const log = logBuilder();
    return givenLog(
      facts.map((f, i) => {
        const e = event(f.type, f.data);
        return log.record(f.stream, e, {
          eventId: f.eventId ?? `evt-${i + 1}`,
          recordedAt: f.recordedAt ?? `${effectiveDateOf(e)}T12:00:00.000Z`,
        });
      }),
    );
  };
  return { given, givenLog };
};
