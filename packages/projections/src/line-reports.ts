import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import type { Verdict } from '@ladder/domain';
import { complianceDue, type ComplianceItem } from './compliance/queries';
import { staffDirectory, type DirectoryEntry } from './directory/queries';
import { eligibilityOn } from './eligibility/queries';
import type { InvalidQuery } from './query-error';
import { regradeCases, type RegradeCaseSummary } from './workforce/regrade-cases/queries';

/** How far ahead a manager's list looks for registrations, checks and training falling due. */
export const REPORTS_DUE_WITHIN_DAYS = 90;

/** One direct report as their manager's list shows them. */
export interface LineReport extends DirectoryEntry {
  /** Today's verdict for the next grade, in brief (the explanation is on the person's page). */
  readonly verdict: Pick<Verdict, 'outcome' | 'eligible' | 'toGrade' | 'summary'> | null;
  /** What falls due within 90 days, or is overdue. */
  readonly due: readonly Omit<ComplianceItem, 'staffId' | 'team'>[];
  /** Regrade cases not yet decided or completed. */
  readonly openCases: readonly Pick<
    RegradeCaseSummary,
    'caseId' | 'toGrade' | 'state' | 'requestedOn'
  >[];
}

const open = new Set(['requested', 'assessed', 'approved']);

/** A manager's current direct reports on a date, with their verdict, what is due and open cases. */
export const lineReports = (
  db: Database,
  managerId: string,
  asOf: string,
): E.Either<InvalidQuery, LineReport[]> => {
  const cases = regradeCases(db, { asOf });
  if (E.isLeft(cases)) return cases;
  // Span of control is at most a handful: one page holds every report.
  const page = staffDirectory(db, { lineManagerId: managerId, status: 'active', limit: 500 });
  if (E.isLeft(page)) return page;
  const reports = page.right.entries;
  const due = new Map<string, ComplianceItem[]>();
  for (const team of new Set(reports.map((r) => r.team))) {
    const items = complianceDue(db, { asOf, withinDays: REPORTS_DUE_WITHIN_DAYS, team });
    if (E.isLeft(items)) return items;
    for (const i of items.right) due.set(i.staffId, [...(due.get(i.staffId) ?? []), i]);
  }
  return E.right(
    reports.map((r): LineReport => {
      const verdict = eligibilityOn(db, r.staffId, { effectiveOn: asOf });
      return {
        ...r,
        verdict: E.isRight(verdict)
          ? {
              outcome: verdict.right.outcome,
              eligible: verdict.right.eligible,
              toGrade: verdict.right.toGrade,
              summary: verdict.right.summary,
            }
          : null,
        due: (due.get(r.staffId) ?? []).map(({ staffId: _s, team: _t, ...item }) => item),
        openCases: cases.right.cases
          .filter((c) => c.staffId === r.staffId && open.has(c.state))
          .map((c) => ({
            caseId: c.caseId,
            toGrade: c.toGrade,
            state: c.state,
            requestedOn: c.requestedOn,
          })),
      };
    }),
  );
};
