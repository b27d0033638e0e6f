import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import {
  auditTrail,
  complianceDue,
  eligibilityPipeline,
  eligibilityReads,
  headcount,
  openVacancies,
  regradeCases,
  verifyAuditChain,
  type InvalidQuery,
  type Runner,
} from '@ladder/projections';
import type { EventStore } from '@ladder/event-store';
import { apiError, type ApiError } from '../http/problem';
import { countBy, pick } from './group';
import type { CountTable, ReadSide } from './read-side';
import {
  shownCount,
  shownPair,
  suppressRows,
  type CountedRow,
  type ShownRow,
} from './small-numbers';

const invalid = (e: InvalidQuery): ApiError =>
  apiError('validation', `${e.field} ${e.message}`, {
    field: e.field,
    errors: [{ in: 'query', field: e.field, message: e.message }],
  });

const answer = <A, B>(
  result: E.Either<InvalidQuery, A>,
  f: (a: A) => B,
): Promise<E.Either<ApiError, B>> =>
  Promise.resolve(E.isLeft(result) ? E.left(invalid(result.left)) : E.right(f(result.right)));

const today = (): string => new Date().toISOString().slice(0, 10);

const table = (rows: readonly CountedRow[], suppress: boolean): CountTable => {
  const total = rows.reduce((n, r) => n + r.count, 0);
  return suppress
    ? { total: shownCount(total), rows: suppressRows(rows, { withTotal: true }) }
    : { total, rows };
};

// Inside a shown pipeline row: eligible + not eligible = count, and each unmet criterion
// counts people too.
const pipelineSubCounts = (
  row: CountedRow & {
    readonly eligible: number;
    readonly notEligible: number;
    readonly unmetEssentials: readonly { readonly criterion: string; readonly count: number }[];
  },
): ShownRow => {
  const [eligible, notEligible] = shownPair(row.eligible, row.notEligible);
  return {
    ...row,
    eligible,
    notEligible,
    unmetEssentials: row.unmetEssentials.map((u) => ({
      criterion: u.criterion,
      count: shownCount(u.count),
    })),
  };
};

const expiringSubCounts = (row: CountedRow & { readonly overdue: number }): ShownRow => ({
  ...row,
  overdue: shownCount(row.overdue),
});

/** The planner and auditor queries over the read-model database kept by the projection runner. */
export const readSideFromProjections = (
  db: Database,
  store: EventStore,
  runner: Pick<Runner, 'waitFor'>,
): ReadSide => ({
  eligibility: eligibilityReads(db, runner),
  headcount: (asOf, groupBy) =>
    answer(headcount(db, { asOf, groupBy }), (rows) =>
      table(
        rows.map((r) => ({
          group: Object.fromEntries(
            Object.entries(r.group).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]])),
          ),
          count: r.headcount,
          fte: r.fte,
        })),
        true,
      ),
    ),
  vacancies: (asOf, groupBy) =>
    answer(openVacancies(db, { asOf }), (vacancies) =>
      table(
        countBy(
          vacancies,
          (v) => pick(v, groupBy),
          (g) => ({ oldestDaysOpen: Math.max(...g.map((v) => v.daysOpen)) }),
        ),
        false,
      ),
    ),
  pipeline: (asOf) =>
    answer(eligibilityPipeline(db, { asOf }), (entries) =>
      suppressRows(
        countBy(
          entries.filter(
            (e) => e.verdict.toGrade !== null && e.verdict.outcome !== 'no-next-grade',
          ),
          (e) => ({
            jobFamily: e.verdict.jobFamily ?? 'unknown',
            fromGrade: e.verdict.fromGrade ?? 'unknown',
            toGrade: e.verdict.toGrade ?? 'unknown',
          }),
          (g) => {
            const unmet = new Map<string, number>();
            for (const e of g)
              for (const l of e.verdict.lines)
                if (l.importance === 'essential' && l.status === 'unmet')
                  unmet.set(l.label, (unmet.get(l.label) ?? 0) + 1);
            return {
              eligible: g.filter((e) => e.verdict.eligible).length,
              notEligible: g.filter((e) => !e.verdict.eligible).length,
              // What holds people back, most common first: where development effort would pay.
              unmetEssentials: [...unmet.entries()]
                .sort((a, b) => b[1] - a[1])
                .map(([criterion, count]) => ({ criterion, count })),
            };
          },
        ),
        { withTotal: false, subCounts: pipelineSubCounts },
      ),
    ),
  expiring: (asOf, withinDays) =>
    answer(complianceDue(db, { asOf, withinDays }), (items) =>
      suppressRows(
        countBy(
          items,
          (i) => ({ kind: i.kind, team: i.team }),
          (g) => ({
            overdue: g.filter((i) => i.overdue).length,
            earliestDueOn: g.map((i) => i.dueOn).sort()[0] ?? null,
          }),
        ),
        { withTotal: false, subCounts: expiringSubCounts },
      ),
    ),
  regrades: (status) =>
    answer(regradeCases(db, { asOf: today() }), (r) =>
      status === undefined ? r.cases : r.cases.filter((c) => c.state === status),
    ),
  auditTrail: (query) => answer(auditTrail(db, query), (page) => page),
  verifyChain: async (staffId) => E.right(await verifyAuditChain(db, store, staffId)),
});
