import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { daysBetween } from '../../dates';
import { checkDate, type InvalidQuery } from '../../query-error';
import { REGRADE, REGRADE_STATE, regradeStates, type RegradeState } from './projection';

export { regradeStates, type RegradeState };

export interface RegradeCaseSummary {
  readonly caseId: string;
  readonly staffId: string;
  readonly jobFamily: string;
  readonly fromGrade: string;
  readonly toGrade: string;
  /** The vacancy the case would fill, when it names one. */
  readonly vacancyId: string | null;
  /** Who requested it (a manager, or HR). */
  readonly requestedBy: string;
  readonly state: RegradeState;
  readonly requestedOn: string;
  readonly stateSince: string;
  /** Days from the request to the date asked. */
  readonly ageDays: number;
}

export interface RegradeStateCount {
  readonly state: RegradeState;
  readonly count: number;
  readonly oldestDays: number;
  readonly averageDays: number;
}

/** Regrade cases as they stood on the date: each case's state then, and counts and ages per state. */
export const regradeCases = (
  db: Database,
  query: { readonly asOf: string },
): E.Either<InvalidQuery, { byState: RegradeStateCount[]; cases: RegradeCaseSummary[] }> => {
  const asOf = checkDate('asOf', query.asOf);
  if (E.isLeft(asOf)) return asOf;
  const rows = db
    .prepare<
      { asOf: string },
      {
        case_id: string;
        staff_id: string;
        job_family: string;
        from_grade: string;
        to_grade: string;
        vacancy_id: string | null;
        requested_by: string;
        requested_on: string;
        state: RegradeState;
        on_date: string;
      }
    >(
      `SELECT r.case_id, r.staff_id, r.job_family, r.from_grade, r.to_grade, r.vacancy_id, r.requested_by,
         r.requested_on, st.state, st.on_date
       FROM ${REGRADE} r JOIN ${REGRADE_STATE} st ON st.stream_id = r.stream_id
       WHERE r.requested_on <= @asOf AND st.position = (
         SELECT max(position) FROM ${REGRADE_STATE} x WHERE x.stream_id = r.stream_id AND x.on_date <= @asOf)
       ORDER BY r.requested_on, r.case_id`,
    )
    .all({ asOf: asOf.right });
  const cases = rows.map((r): RegradeCaseSummary => ({
    caseId: r.case_id,
    staffId: r.staff_id,
    jobFamily: r.job_family,
    fromGrade: r.from_grade,
    toGrade: r.to_grade,
    vacancyId: r.vacancy_id,
    requestedBy: r.requested_by,
    state: r.state,
    requestedOn: r.requested_on,
    stateSince: r.on_date,
    ageDays: daysBetween(r.requested_on, asOf.right),
  }));
  const byState = regradeStates.map((state): RegradeStateCount => {
    const of = cases.filter((c) => c.state === state);
    const ages = of.map((c) => c.ageDays);
    return {
      state,
      count: of.length,
      oldestDays: ages.length > 0 ? Math.max(...ages) : 0,
      averageDays: ages.length > 0 ? Math.round(ages.reduce((a, b) => a + b, 0) / ages.length) : 0,
    };
  });
  return E.right({ byState, cases });
};
