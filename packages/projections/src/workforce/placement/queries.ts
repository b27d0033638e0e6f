import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { monthsBetween } from '../../dates';
import { checkDate, invalidQuery, type InvalidQuery } from '../../query-error';
import { SEGMENT } from './projection';

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
