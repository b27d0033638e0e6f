import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { IsoDate } from '@ladder/domain';
import { withSchema } from '../http/json-schema';
import { IntFromQuery, ListFromQuery } from '../http/query-codecs';
import { defineRoute, type Route } from '../http/route';
import type { GroupBy } from '../read-side/read-side';
import type { LadderServices } from '../services';
import {
  CountsReply,
  ExpiringByMonthReply,
  ExpiringReply,
  HeadcountSeriesReply,
  PipelineReply,
} from './responses';
import { andThen } from './common';

// Planners see the workforce as of a date: counts and pipelines, never a person's details.

const groupings: readonly GroupBy[] = ['jobFamily', 'grade', 'team', 'zone'];
const AsOf = t.partial({ asOf: IsoDate });
const Grouped = t.partial({ asOf: IsoDate, groupBy: ListFromQuery('GroupBy', groupings) });
const Expiring = t.partial({ asOf: IsoDate, withinDays: IntFromQuery('Days', 1, 3660) });
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YearMonth = withSchema(
  new t.Type<string, string, unknown>(
    'YearMonth',
    (u): u is string => typeof u === 'string' && MONTH.test(u),
    (u, c) =>
      typeof u === 'string' && MONTH.test(u) ? t.success(u) : t.failure(u, c, 'must be YYYY-MM'),
    String,
  ),
  { type: 'string', pattern: MONTH.source, description: 'a month, YYYY-MM' },
);
const Series = t.partial({
  from: YearMonth,
  to: YearMonth,
  groupBy: ListFromQuery('GroupBy', groupings),
});
const DueMonths = t.partial({ asOf: IsoDate, months: IntFromQuery('Months', 1, 60) });

const roles: Route['roles'] = ['planner', 'hr-admin'];

export const workforceRoutes = (services: LadderServices): Route[] => {
  const today = () => services.now().toISOString().slice(0, 10);
  // Headcount and open vacancies answer the same way: counts per group, with their total.
  const groupedCounts = (
    path: string,
    spec: {
      readonly operationId: string;
      readonly summary: string;
      readonly count: LadderServices['read']['headcount'];
    },
  ): Route =>
    defineRoute({
      method: 'get',
      path,
      operationId: spec.operationId,
      response: CountsReply,
      summary: spec.summary,
      tag: 'workforce',
      roles,
      write: false,
      successStatus: 200,
      query: Grouped,
      handle: ({ query }) => {
        const asOf = query.asOf ?? today();
        const groupBy = query.groupBy ?? ['jobFamily', 'grade'];
        return andThen(spec.count(asOf, groupBy), ({ total, rows }) =>
          Promise.resolve(E.right({ status: 200, body: { asOf, groupBy, total, rows } })),
        );
      },
    });
  return [
    groupedCounts('/workforce/headcount', {
      operationId: 'headcount',
      summary: 'Headcount as of a date, grouped by job family, grade, team or zone',
      count: services.read.headcount,
    }),
    groupedCounts('/workforce/vacancies', {
      operationId: 'openVacancies',
      summary: 'Open vacancies as of a date, grouped',
      count: services.read.vacancies,
    }),
    defineRoute({
      method: 'get',
      path: '/workforce/pipeline',
      operationId: 'progressionPipeline',
      summary: 'How many staff are eligible (or not yet) to progress, as of a date',
      tag: 'workforce',
      roles,
      write: false,
      successStatus: 200,
      response: PipelineReply,
      query: AsOf,
      handle: ({ query }) => {
        const asOf = query.asOf ?? today();
        return andThen(services.read.pipeline(asOf), (pipeline) =>
          Promise.resolve(E.right({ status: 200, body: { asOf, pipeline } })),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workforce/headcount/series',
      operationId: 'headcountSeries',
      summary:
        'Headcount and FTE on the first of each month from `from` (default: the earliest placement) to `to` (default: this month), grouped',
      tag: 'workforce',
      roles,
      write: false,
      successStatus: 200,
      response: HeadcountSeriesReply,
      query: Series,
      handle: ({ query }) => {
        const groupBy = query.groupBy ?? ['jobFamily', 'grade'];
        const to = query.to ?? today().slice(0, 7);
        return andThen(
          services.read.headcountSeries({
            ...(query.from === undefined ? {} : { from: query.from }),
            to,
            groupBy,
          }),
          (series) => Promise.resolve(E.right({ status: 200, body: { ...series, groupBy } })),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workforce/expiring/months',
      operationId: 'expiringByMonth',
      summary:
        'Registrations, DBS checks and training falling due in each month from the date’s month, and those overdue, counted',
      tag: 'workforce',
      roles,
      write: false,
      successStatus: 200,
      response: ExpiringByMonthReply,
      query: DueMonths,
      handle: ({ query }) => {
        const asOf = query.asOf ?? today();
        const months = query.months ?? 12;
        return andThen(services.read.expiringByMonth(asOf, months), (due) =>
          Promise.resolve(E.right({ status: 200, body: { asOf, months, ...due } })),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workforce/expiring',
      operationId: 'expiringChecks',
      summary: 'Registrations and DBS checks about to lapse, counted',
      tag: 'workforce',
      roles,
      write: false,
      successStatus: 200,
      response: ExpiringReply,
      query: Expiring,
      handle: ({ query }) => {
        const asOf = query.asOf ?? today();
        const withinDays = query.withinDays ?? 90;
        return andThen(services.read.expiring(asOf, withinDays), (expiring) =>
          Promise.resolve(E.right({ status: 200, body: { asOf, withinDays, expiring } })),
        );
      },
    }),
  ];
};
