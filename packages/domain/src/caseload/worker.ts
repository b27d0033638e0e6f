import * as t from 'io-ts';
import { Grade, JobFamily } from '../frameworks/codes';
import { NonEmptyString } from '../primitives/strings';

export interface FteBrand {
  readonly Fte: unique symbol;
}
/** Full-time equivalent: contracted hours over the standard week, more than 0. */
export const Fte = t.brand(
  t.number,
  (n): n is t.Branded<number, FteBrand> => Number.isFinite(n) && n > 0 && n <= 5,
  'Fte',
);
export type Fte = t.TypeOf<typeof Fte>;

export interface CaseCountBrand {
  readonly CaseCount: unique symbol;
}
/** A count of cases: 0, 1, 2 … */
export const CaseCount = t.brand(
  t.number,
  (n): n is t.Branded<number, CaseCountBrand> => Number.isInteger(n) && n >= 0,
  'CaseCount',
);
export type CaseCount = t.TypeOf<typeof CaseCount>;

/** One more case (the cast brands a value valid by construction). */
export const oneMore = (n: CaseCount): CaseCount => (n + 1) as CaseCount;

/**
 * The worker an allocation is judged for, as their record stands on the allocation's date:
 * read by the application from the staff stream and the caseload read model, never taken
 * from a request body (a manager cannot claim a grade for someone).
 */
export const WorkerOnDate = t.type(
  {
    staffId: NonEmptyString,
    jobFamily: JobFamily,
    grade: Grade,
    team: NonEmptyString,
    fte: Fte,
    /** Other cases they hold on the date, this one not counted. */
    casesHeld: CaseCount,
  },
  'WorkerOnDate',
);
export type WorkerOnDate = t.TypeOf<typeof WorkerOnDate>;
