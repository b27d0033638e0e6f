import type * as E from 'fp-ts/Either';
import type { ApiError } from '../http/problem';

// What planners and auditors read: answered by the read models of `@ladder/projections`.
// Planner answers are aggregates only; nothing here gives a planner a name, a staff id or a
// DBS detail.

export type GroupBy = 'jobFamily' | 'grade' | 'team' | 'zone';

export interface CountRow {
  readonly group: Readonly<Record<string, string>>;
  readonly count: number;
  readonly [measure: string]: unknown;
}

export interface AuditQuery {
  readonly staffId?: string;
  readonly actorId?: string;
  readonly type?: string;
  readonly recordedFrom?: string;
  readonly recordedTo?: string;
  readonly effectiveFrom?: string;
  readonly effectiveTo?: string;
  readonly cursor?: string;
  readonly limit?: number;
}

type Answer<A> = Promise<E.Either<ApiError, A>>;

export interface ReadSide {
  readonly headcount: (asOf: string, groupBy: readonly GroupBy[]) => Answer<readonly CountRow[]>;
  readonly vacancies: (asOf: string, groupBy: readonly GroupBy[]) => Answer<readonly CountRow[]>;
  /** Staff eligible to progress (and what holds the rest back), counted per family and step. */
  readonly pipeline: (asOf: string) => Answer<readonly CountRow[]>;
  /** Registrations, DBS checks and training falling due within `days` after `asOf`, counted. */
  readonly expiring: (asOf: string, days: number) => Answer<readonly CountRow[]>;
  /** Regrade cases as they stand today, optionally in one state. */
  readonly regrades: (status: string | undefined) => Answer<readonly unknown[]>;
  readonly auditTrail: (query: AuditQuery) => Answer<unknown>;
  readonly verifyChain: (staffId?: string) => Answer<unknown>;
}
