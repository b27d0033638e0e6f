import type * as E from 'fp-ts/Either';
import type { ApiError } from '../http/problem';

// What planners and auditors read: answered by the read models of `@ladder/projections`.
// Planner answers are aggregates only; nothing here returns a name or DBS detail.

export type GroupBy = 'jobFamily' | 'grade' | 'team' | 'zone';

export interface CountRow {
  readonly group: Readonly<Record<string, string>>;
  readonly count: number;
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

export interface AuditPage {
  readonly entries: readonly unknown[];
  readonly nextCursor: string | null;
}

export interface ReadSide {
  readonly headcount: (
    asOf: string,
    groupBy: readonly GroupBy[],
  ) => Promise<E.Either<ApiError, readonly CountRow[]>>;
  readonly vacancies: (
    asOf: string,
    groupBy: readonly GroupBy[],
  ) => Promise<E.Either<ApiError, readonly CountRow[]>>;
  /** Staff eligible to progress (or close to it), counted per family and grade step. */
  readonly pipeline: (asOf: string) => Promise<E.Either<ApiError, unknown>>;
  /** Registrations and DBS checks lapsing within `days` after `asOf`, counted. */
  readonly expiring: (asOf: string, days: number) => Promise<E.Either<ApiError, unknown>>;
  readonly regrades: (
    status: string | undefined,
  ) => Promise<E.Either<ApiError, readonly unknown[]>>;
  readonly auditTrail: (query: AuditQuery) => Promise<E.Either<ApiError, AuditPage>>;
  readonly verifyChain: () => Promise<E.Either<ApiError, unknown>>;
  /** Position the read models have applied (for read-your-writes and readiness). */
  readonly waitFor: (position: bigint) => Promise<void>;
}
