import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { IsoDate, NonEmptyString } from '@ladder/domain';
import { auditCsv, plannerCsv } from '../exports/csv-files';
import { apiError } from '../http/problem';
import { IntFromQuery, ListFromQuery } from '../http/query-codecs';
import { defineRoute, type Route } from '../http/route';
import type { GroupBy } from '../read-side/read-side';
import type { LadderServices } from '../services';

// Exports are files: the same figures as the JSON routes (planner tables after the small-number
// rule, the audit trail), streamed as CSV with a file name for the browser.

const groupings: readonly GroupBy[] = ['jobFamily', 'grade', 'team', 'zone'];
const TableParams = t.type({
  table: t.keyof(
    { headcount: null, vacancies: null, pipeline: null, expiring: null },
    'PlannerTable',
  ),
});
const PlannerQuery = t.partial({
  asOf: IsoDate,
  groupBy: ListFromQuery('GroupBy', groupings),
  withinDays: IntFromQuery('Days', 1, 3660),
});
const AuditExportQuery = t.partial({ staffId: NonEmptyString });
const csv = 'text/csv; charset=utf-8';

export const exportRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'get',
    path: '/exports/workforce/{table}',
    operationId: 'exportPlannerTable',
    summary: 'A planner table (headcount, vacancies, pipeline, expiring) as a CSV file',
    tag: 'workforce',
    roles: ['planner', 'hr-admin'],
    write: false,
    successStatus: 200,
    response: t.string,
    produces: 'text/csv',
    params: TableParams,
    query: PlannerQuery,
    handle: async ({ params, query }) => {
      const asOf = query.asOf ?? services.now().toISOString().slice(0, 10);
      const chunks = await plannerCsv(services.read, params.table, {
        asOf,
        groupBy: query.groupBy ?? ['jobFamily', 'grade'],
        withinDays: query.withinDays ?? 90,
      });
      if (E.isLeft(chunks)) return E.left(apiError('validation', chunks.left));
      const filename = `${params.table}-${asOf}.csv`;
      return E.right({
        status: 200,
        body: null,
        download: { filename, contentType: csv, chunks: chunks.right },
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/exports/audit',
    operationId: 'exportAuditTrail',
    summary: "The audit trail (or one person's part of it) as a CSV file, every event",
    tag: 'audit',
    roles: ['auditor'],
    write: false,
    successStatus: 200,
    response: t.string,
    produces: 'text/csv',
    query: AuditExportQuery,
    handle: ({ query }) =>
      Promise.resolve(
        E.right({
          status: 200,
          body: null,
          download: {
            filename: `audit${query.staffId === undefined ? '' : `-${query.staffId.replace(/[^\w.-]/g, '_')}`}.csv`,
            contentType: csv,
            chunks: auditCsv(services.read, query.staffId),
          },
        }),
      ),
  }),
];
