import type { Database } from 'better-sqlite3';
import type { DomainEvent } from '@ladder/domain';
import type { RecordedEvent } from '@ladder/event-store';
import { domainEventReader } from './domain-event';
import { evaluationInputs, type EvaluationInputs } from './eligibility/inputs';
import { verdictsOnDate, type VerdictsOnDate } from './eligibility/verdicts-on-date';

/**
 * What the read models keep in memory for one read-model database, in one place: created
 * with the first projection bound or query asked on that database, dropped with the database
 * object. Nothing is kept in module state, so two databases in one process (a test's, a
 * rebuild's, the API's) never share or leak what they remember.
 */
export interface ReadModelMemory {
  /** Each event of a batch decoded once, however many of the database's projections fold it. */
  readonly domainEventOf: (event: RecordedEvent) => DomainEvent | null;
  /**
   * The eligibility queries' inputs: their prepared statements (preparing them for each query
   * costs more than evaluating) and the people's parsed and decoded facts they keep.
   */
  readonly eligibilityQueries: () => EvaluationInputs;
  /** Verdicts evaluated on demand for a date, by the eligibility projection's version. */
  readonly verdictsOnDate: (version: number) => VerdictsOnDate;
}

const identity = (base: string): string => base;

const MEMORY = Symbol('ladder.read-model-memory');

const createMemory = (db: Database): ReadModelMemory => {
  let eligibility: EvaluationInputs | undefined;
  let kept: VerdictsOnDate | undefined;
  return {
    domainEventOf: domainEventReader(),
    eligibilityQueries: () => (eligibility ??= evaluationInputs(db, identity, true)),
    verdictsOnDate: (version) => (kept ??= verdictsOnDate(db, version)),
  };
};

const isMemory = (value: unknown): value is ReadModelMemory =>
  typeof value === 'object' && value !== null && 'domainEventOf' in value;

/**
 * The memory of a read-model database. It rides on the database object itself (a hidden,
 * read-only property), so it lives exactly as long as the connection it describes.
 */
export const memoryOf = (db: Database): ReadModelMemory => {
  if (MEMORY in db && isMemory(db[MEMORY])) return db[MEMORY];
  const memory = createMemory(db);
  Object.defineProperty(db, MEMORY, { value: memory, enumerable: false, writable: false });
  return memory;
};
