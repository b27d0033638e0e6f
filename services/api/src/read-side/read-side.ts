import type { CaseloadPicture, TeamCaseloadRow } from './caseload';
import type * as E from 'fp-ts/Either';
import type { EligibilityReads } from '@ladder/application';
import type {
  AuditPage,
  ChainVerification,
  DirectoryFilter,
  DirectoryPage,
  LineReport,
  OpenVacancy,
  OpenVacancyQuery,
  RegradeCaseSummary,
} from '@ladder/projections';
import type { ApiError } from '../http/problem';
import type { VerificationJobs } from './verification/jobs';
import type { ShownCount, ShownRow } from './small-numbers';

// What planners and auditors read: answered by the read models of `@ladder/projections`.
// Planner answers are aggregates only; nothing here gives a planner a name, a staff id or a
// DBS detail, and counts of people pass the small-number rule (`small-numbers.ts`).

export type GroupBy = 'jobFamily' | 'grade' | 'team' | 'zone';

export type CountRow = ShownRow;

/** Counts per group and their total, as published. */
export interface CountTable {
  readonly total: ShownCount;
  readonly rows: readonly CountRow[];
}

/** One month of a series: counted on its census day (the first), as published. */
export interface SeriesMonth extends CountTable {
  readonly month: string;
  readonly asOf: string;
}

export interface CountSeries {
  readonly from: string;
  readonly to: string;
  readonly months: readonly SeriesMonth[];
}

/** What falls due: overdue per kind, then each month × kind, as published. */
export interface DueTable {
  readonly overdue: readonly CountRow[];
  readonly byMonth: readonly CountRow[];
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
  /** Verdicts from the eligibility read model: the one answer to "is this person eligible". */
  readonly eligibility: EligibilityReads;
  readonly headcount: (asOf: string, groupBy: readonly GroupBy[]) => Answer<CountTable>;
  /** Open posts, not people: no one to single out, so shown exactly (see `small-numbers.ts`). */
  readonly vacancies: (asOf: string, groupBy: readonly GroupBy[]) => Answer<CountTable>;
  /** Staff eligible to progress (and what holds the rest back), counted per family and step. */
  readonly pipeline: (asOf: string) => Answer<readonly CountRow[]>;
  /** Registrations, DBS checks and training falling due within `days` after `asOf`, counted. */
  readonly expiring: (asOf: string, days: number) => Answer<readonly CountRow[]>;
  /** Headcount and FTE on the first of each month, `from` (default: the earliest held) to `to`. */
  readonly headcountSeries: (query: {
    readonly from?: string;
    readonly to: string;
    readonly groupBy: readonly GroupBy[];
  }) => Answer<CountSeries>;
  /** Registrations, DBS checks and training falling due in each of `months` months from `asOf`'s. */
  readonly expiringByMonth: (asOf: string, months: number) => Answer<DueTable>;
  /** Regrade cases as they stand today, oldest request first, optionally in one state or by one requester. */
  readonly regrades: (filter: {
    readonly status?: string;
    readonly requestedBy?: string;
  }) => Answer<readonly RegradeCaseSummary[]>;
  /** A manager's current direct reports: verdict in brief, what falls due, open cases. */
  readonly reports: (managerId: string, asOf: string) => Answer<readonly LineReport[]>;
  /** HR's staff search: by part of an id or name, team, grade; a page at a time. */
  readonly staff: (filter: DirectoryFilter) => Answer<DirectoryPage>;
  /** The open vacancies themselves (posts, not people), filtered. */
  readonly openVacancies: (query: OpenVacancyQuery) => Answer<readonly OpenVacancy[]>;
  readonly auditTrail: (query: AuditQuery) => Answer<AuditPage>;
  /** A verification run to its end (in a worker thread), for callers that wait for it. */
  readonly verifyChain: (staffId?: string) => Answer<ChainVerification>;
  /** Verifications as jobs the auditor starts and polls. */
  readonly verifications: VerificationJobs;
  /** Cases on a date (issue 15): caseloads, unallocated, emergencies, against the rule. */
  readonly caseload: (asOf: string, at: string) => Answer<CaseloadPicture>;
  /** The DfE caseload measure by team; `suppress` applies the small-number rule. */
  readonly caseloadByTeam: (asOf: string, suppress: boolean) => Answer<readonly TeamCaseloadRow[]>;
}
