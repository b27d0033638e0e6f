import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { gradeInfo, type Grade, type JobFamily } from '@ladder/domain';
import { daysBetween, monthsBetween } from '../dates';
import { checkDate, invalidQuery, type InvalidQuery } from '../query-error';
import { LINE, REGRADE, REGRADE_STATE, SEGMENT, VACANCY } from './projection';

export const dimensions = ['jobFamily', 'grade', 'team', 'zone'] as const;
export type Dimension = (typeof dimensions)[number];
const column: Record<Dimension, string> = {
  jobFamily: 'job_family',
  grade: 'grade',
  team: 'team',
  zone: 'zone',
};

// A segment is in force on D when it started on or before D and had not ended by D.
const onDate = `valid_from <= @asOf AND (valid_to IS NULL OR valid_to > @asOf)`;

export interface HeadcountRow {
  readonly group: Partial<Record<Dimension, string>>;
  readonly headcount: number;
  readonly fte: number;
}

/** Headcount and FTE on a date, grouped by any of job family, grade, team and zone. */
export const headcount = (
  db: Database,
  query: { readonly asOf: string; readonly groupBy?: readonly Dimension[] },
): E.Either<InvalidQuery, HeadcountRow[]> => {
  const asOf = checkDate('asOf', query.asOf);
  if (E.isLeft(asOf)) return asOf;
  const groupBy = query.groupBy ?? [];
  const unknown = groupBy.find((d) => !dimensions.includes(d));
  if (unknown !== undefined)
    return invalidQuery('groupBy', `"${String(unknown)}" is not one of ${dimensions.join(', ')}`);
  const cols = groupBy.map((d) => column[d]);
  const select = cols.length > 0 ? `${cols.join(', ')},` : '';
  const group = cols.length > 0 ? `GROUP BY ${cols.join(', ')} ORDER BY ${cols.join(', ')}` : '';
  const rows = db
    .prepare<{ asOf: string }, Record<string, string | number>>(
      `SELECT ${select} count(*) AS headcount, round(coalesce(sum(fte), 0), 4) AS fte
       FROM ${SEGMENT} WHERE ${onDate} ${group}`,
    )
    .all({ asOf: asOf.right });
  return E.right(
    rows
      .filter((r) => cols.length > 0 || Number(r.headcount) > 0)
      .map((r) => ({
        group: Object.fromEntries(groupBy.map((d) => [d, String(r[column[d]])])),
        headcount: Number(r.headcount),
        fte: Number(r.fte),
      })),
  );
};

export interface OpenVacancy {
  readonly vacancyId: string;
  readonly jobFamily: string;
  readonly grade: string;
  readonly team: string;
  readonly zone: string;
  readonly openedOn: string;
  readonly daysOpen: number;
}

/** Vacancies opened on or before the date and not yet filled or withdrawn by it. */
export const openVacancies = (
  db: Database,
  query: { readonly asOf: string },
): E.Either<InvalidQuery, OpenVacancy[]> => {
  const asOf = checkDate('asOf', query.asOf);
  if (E.isLeft(asOf)) return asOf;
  const rows = db
    .prepare<
      { asOf: string },
      {
        vacancy_id: string;
        job_family: string;
        grade: string;
        team: string;
        zone: string;
        opened_on: string;
      }
    >(
      `SELECT vacancy_id, job_family, grade, team, zone, opened_on FROM ${VACANCY}
       WHERE opened_on <= @asOf AND (closed_on IS NULL OR closed_on > @asOf) ORDER BY opened_on, vacancy_id`,
    )
    .all({ asOf: asOf.right });
  return E.right(
    rows.map((r) => ({
      vacancyId: r.vacancy_id,
      jobFamily: r.job_family,
      grade: r.grade,
      team: r.team,
      zone: r.zone,
      openedOn: r.opened_on,
      daysOpen: daysBetween(r.opened_on, asOf.right),
    })),
  );
};

export interface TimeInGrade {
  readonly staffId: string;
  readonly jobFamily: string;
  readonly grade: string;
  readonly team: string;
  readonly since: string;
  readonly months: number;
}

/** For everyone on staff on the date: their grade then and for how long they had held it. */
export const timeInGrade = (
  db: Database,
  query: { readonly asOf: string; readonly team?: string },
): E.Either<InvalidQuery, TimeInGrade[]> => {
  const asOf = checkDate('asOf', query.asOf);
  if (E.isLeft(asOf)) return asOf;
  const rows = db
    .prepare<
      { asOf: string; team: string | null },
      { staff_id: string; job_family: string; grade: string; team: string; grade_since: string }
    >(
      `SELECT staff_id, job_family, grade, team, grade_since FROM ${SEGMENT}
       WHERE ${onDate} AND (@team IS NULL OR team = @team) ORDER BY staff_id`,
    )
    .all({ asOf: asOf.right, team: query.team ?? null });
  return E.right(
    rows.map((r) => ({
      staffId: r.staff_id,
      jobFamily: r.job_family,
      grade: r.grade,
      team: r.team,
      since: r.grade_since,
      months: monthsBetween(r.grade_since, asOf.right),
    })),
  );
};

export interface SpanBreach {
  readonly managerId: string;
  readonly jobFamily: string;
  readonly grade: string;
  /** How many reports the manager's grade allows (Family Worker L1: none; L2/L3: 5). */
  readonly limit: number;
  readonly reports: readonly string[];
}

/** Managers with more direct reports on the date than their grade on that date allows. */
export const spanOfControlBreaches = (
  db: Database,
  query: { readonly asOf: string },
): E.Either<InvalidQuery, SpanBreach[]> => {
  const asOf = checkDate('asOf', query.asOf);
  if (E.isLeft(asOf)) return asOf;
  const rows = db
    .prepare<
      { asOf: string },
      { manager_id: string; report_id: string; job_family: string | null; grade: string | null }
    >(
      `SELECT l.manager_id, l.report_id, s.job_family, s.grade FROM ${LINE} l
       LEFT JOIN ${SEGMENT} s ON s.staff_id = l.manager_id
         AND s.valid_from <= @asOf AND (s.valid_to IS NULL OR s.valid_to > @asOf)
       WHERE l.from_date <= @asOf AND (l.to_date IS NULL OR l.to_date > @asOf)
       ORDER BY l.manager_id, l.report_id`,
    )
    .all({ asOf: asOf.right });
  const byManager = new Map<string, { jobFamily: string; grade: string; reports: string[] }>();
  for (const r of rows) {
    const entry = byManager.get(r.manager_id) ?? {
      jobFamily: r.job_family ?? '',
      grade: r.grade ?? '',
      reports: [],
    };
    entry.reports.push(r.report_id);
    byManager.set(r.manager_id, entry);
  }
  const breaches: SpanBreach[] = [];
  for (const [managerId, m] of byManager) {
    // Not on staff that day, or a grade outside the family: no reports are allowed.
    const limit = gradeInfo(m.jobFamily as JobFamily, m.grade as Grade)?.spanOfControl ?? 0;
    if (m.reports.length > limit) breaches.push({ managerId, ...m, limit });
  }
  return E.right(breaches);
};

export const regradeStates = [
  'requested',
  'assessed',
  'approved',
  'rejected',
  'completed',
  'withdrawn',
] as const;
export type RegradeState = (typeof regradeStates)[number];

export interface RegradeCaseSummary {
  readonly caseId: string;
  readonly staffId: string;
  readonly jobFamily: string;
  readonly fromGrade: string;
  readonly toGrade: string;
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
        requested_on: string;
        state: RegradeState;
        on_date: string;
      }
    >(
      `SELECT r.case_id, r.staff_id, r.job_family, r.from_grade, r.to_grade, r.requested_on, st.state, st.on_date
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
