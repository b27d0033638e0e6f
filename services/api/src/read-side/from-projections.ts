import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import {
  auditTrail,
  eligibilityReads,
  expiringByMonth,
  expiringCounts,
  headcount,
  headcountSeries,
  lineReports,
  openVacancies,
  pipelineCounts,
  regradeCases,
  staffDirectory,
  vacancyCounts,
  verifyAuditChain,
  type ExpiringCount,
  type InvalidQuery,
  type PipelineCount,
  type Runner,
} from '@ladder/projections';
import type { EventStore } from '@ladder/event-store';
import { apiError, type ApiError } from '../http/problem';
import { caseloadReadSide } from './caseload';
import type { CountTable, ReadSide } from './read-side';
import { verificationJobs } from './verification/jobs';
import { inProcess, inWorker } from './verification/launch';
import {
  shownCount,
  shownPair,
  suppressRows,
  withheldRows,
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

// Inside a shown pipeline row: eligible + one essential away + further = count, a table with
// its total, so one small part withholds the next smallest too; not eligible is eligible's
// complement. Each unmet criterion counts people too.
const pipelineSubCounts = (row: PipelineCount): ShownRow => {
  const hide = withheldRows([row.eligible, row.oneEssentialAway, row.further], true);
  const [eligible, notEligible] = hide.has(0)
    ? [null, null]
    : shownPair(row.eligible, row.notEligible);
  return {
    ...row,
    eligible,
    notEligible,
    oneEssentialAway: hide.has(1) ? null : row.oneEssentialAway,
    further: hide.has(2) ? null : row.further,
    unmetEssentials: row.unmetEssentials.map((u) => ({
      criterion: u.criterion,
      count: shownCount(u.count),
    })),
  };
};

const expiringSubCounts = (row: ExpiringCount): ShownRow => ({
  ...row,
  overdue: shownCount(row.overdue),
});

/** The planner and auditor queries over the read-model database kept by the projection runner. */
export const readSideFromProjections = (
  db: Database,
  store: EventStore,
  runner: Pick<Runner, 'waitFor'>,
  /** Where the worker threads find the store and read models; absent: verify on this thread. */
  files?: { readonly eventStore: string; readonly readModels: string },
): ReadSide => {
  const verifications = verificationJobs(
    files === undefined ? inProcess(db, store) : inWorker(files),
  );
  return {
    verifications,
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
      answer(vacancyCounts(db, { asOf, groupBy }), (rows) => table(rows, false)),
    pipeline: (asOf) =>
      answer(pipelineCounts(db, { asOf }), (rows) =>
        suppressRows(rows, { withTotal: false, subCounts: pipelineSubCounts }),
      ),
    expiring: (asOf, withinDays) =>
      answer(expiringCounts(db, { asOf, withinDays }), (rows) =>
        suppressRows(rows, { withTotal: false, subCounts: expiringSubCounts }),
      ),
    // Each month is a table with its total, so the rule applies month by month.
    headcountSeries: (query) =>
      answer(headcountSeries(db, query), (series) => ({
        from: series.from,
        to: series.to,
        months: series.months.map((m) => ({
          month: m.month,
          asOf: m.asOf,
          ...table(
            m.rows.map((r) => ({ group: r.group, count: r.headcount, fte: r.fte })),
            true,
          ),
        })),
      })),
    expiringByMonth: (asOf, months) =>
      answer(expiringByMonth(db, { asOf, months }), (due) => ({
        overdue: suppressRows(due.overdue, { withTotal: false }),
        byMonth: suppressRows(due.byMonth, { withTotal: false }),
      })),
    regrades: ({ status, requestedBy }) =>
      answer(regradeCases(db, { asOf: today() }), (r) =>
        r.cases.filter(
          (c) =>
            (status === undefined || c.state === status) &&
            (requestedBy === undefined || c.requestedBy === requestedBy),
        ),
      ),
    reports: (managerId, asOf) => answer(lineReports(db, managerId, asOf), (rows) => rows),
    ...caseloadReadSide(db),
    staff: (filter) => answer(staffDirectory(db, filter), (page) => page),
    openVacancies: (query) => answer(openVacancies(db, query), (rows) => rows),
    auditTrail: (query) => answer(auditTrail(db, query), (page) => page),
    verifyChain: async (staffId) => {
      // One person's few streams are checked at once; the whole log goes to a worker.
      if (staffId !== undefined) return E.right(await verifyAuditChain(db, store, staffId));
      const job = await verifications.finished(verifications.start(staffId).id);
      if (job?.result != null) return E.right(job.result);
      return E.left(apiError('internal', `verification failed: ${job?.error ?? 'no result'}`));
    },
  };
};
