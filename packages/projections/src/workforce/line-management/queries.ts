import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { frameworkInForce, gradeIn } from '@ladder/domain';
import { checkDate, type InvalidQuery } from '../../query-error';
import { frameworkCatalogue } from '../frameworks/queries';
import { SEGMENT } from '../placement/projection';
import { LINE } from './projection';

export interface SpanBreach {
  readonly managerId: string;
  readonly jobFamily: string;
  readonly grade: string;
  /** How many reports the manager's grade allows under the framework in force on the date. */
  readonly limit: number;
  readonly reports: readonly string[];
}

/**
 * Managers with more direct reports on the date than their grade on that date allows (the
 * grade read from the placement read model, so a late grade change counts from its date).
 */
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
  const catalogue = frameworkCatalogue(db);
  const breaches: SpanBreach[] = [];
  for (const [managerId, m] of byManager) {
    // Judged by the span in force on the date (a later change does not rewrite the past); not
    // on staff that day, or a grade that ladder does not have: no reports are allowed.
    const framework = frameworkInForce(catalogue, m.jobFamily, asOf.right);
    const limit = gradeIn(framework, m.grade)?.spanOfControl ?? 0;
    if (m.reports.length > limit) breaches.push({ managerId, ...m, limit });
  }
  return E.right(breaches);
};
