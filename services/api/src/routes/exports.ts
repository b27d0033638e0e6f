import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { IsoDate, NonEmptyString } from '@ladder/domain';
import { auditRowsOf, plannerCells } from '../exports/csv-files';
import { downloadOf } from '../exports/download-file';
import { xlsxType } from '../exports/xlsx-file';
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
const Format = t.keyof({ csv: null, xlsx: null }, 'FileFormat');
const PlannerQuery = t.partial({
  format: Format,
  asOf: IsoDate,
  groupBy: ListFromQuery('GroupBy', groupings),
  withinDays: IntFromQuery('Days', 1, 3660),
});
const AuditExportQuery = t.partial({ staffId: NonEmptyString, format: Format });

export const exportRoutes = (services: LadderServices): Route[] => [
  defineRoute({
    method: 'get',
    path: '/exports/workforce/{table}',
    operationId: 'exportPlannerTable',
    summary:
      'A planner table (headcount, vacancies, pipeline, expiring) as a CSV file, or an Excel workbook with format=xlsx',
    tag: 'workforce',
    roles: ['planner', 'hr-admin'],
    write: false,
    successStatus: 200,
    response: t.string,
    produces: 'text/csv',
    producesAlso: xlsxType,
    params: TableParams,
    query: PlannerQuery,
    handle: async ({ params, query }) => {
      const asOf = query.asOf ?? services.now().toISOString().slice(0, 10);
      const rows = await plannerCells(services.read, params.table, {
        asOf,
        groupBy: query.groupBy ?? ['jobFamily', 'grade'],
        withinDays: query.withinDays ?? 90,
      });
      if (E.isLeft(rows)) return E.left(apiError('validation', rows.left));
      const name = `${params.table}-${asOf}`;
      return E.right({
        status: 200,
        body: null,
        download: downloadOf(name, params.table, query.format ?? 'csv', rows.right),
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/exports/audit',
    operationId: 'exportAuditTrail',
    summary:
      "The audit trail (or one person's part of it) as a CSV file, every event; an Excel workbook with format=xlsx",
    tag: 'audit',
    roles: ['auditor'],
    write: false,
    successStatus: 200,
    response: t.string,
    produces: 'text/csv',
    producesAlso: xlsxType,
    query: AuditExportQuery,
    handle: ({ query }) =>
      Promise.resolve(
        E.right({
          status: 200,
          body: null,
          download: downloadOf(
            `audit${query.staffId === undefined ? '' : `-${query.staffId.replace(/[^\w.-]/g, '_')}`}`,
            'audit',
            query.format ?? 'csv',
            auditRowsOf(services.read, query.staffId),
          ),
        }),
      ),
  }),
];
