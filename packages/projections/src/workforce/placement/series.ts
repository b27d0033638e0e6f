import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { invalidQuery, type InvalidQuery } from '../../query-error';
import { SEGMENT } from './projection';
import { dimensions, type Dimension } from './queries';

// Headcount month by month: each month counted on its first day (the census day), every month
// in one query over the placement intervals — a segment is counted for each census day it spans.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** The longest series one call answers: twenty years of months. */
export const MAX_SERIES_MONTHS = 240;

const column: Record<Dimension, string> = {
  jobFamily: 'job_family',
  grade: 'grade',
  team: 'team',
  zone: 'zone',
};

export interface SeriesQuery {
  /** First month, `YYYY-MM`; absent: the month of the earliest placement held. */
  readonly from?: string;
  /** Last month, `YYYY-MM`. */
  readonly to: string;
  readonly groupBy: readonly Dimension[];
}

export interface MonthHeadcount {
  readonly group: Partial<Record<Dimension, string>>;
  readonly headcount: number;
  readonly fte: number;
}

export interface HeadcountMonth {
  readonly month: string;
  /** The census day the month is counted on: its first. */
  readonly asOf: string;
  readonly rows: readonly MonthHeadcount[];
}

export interface HeadcountSeries {
  readonly from: string;
  readonly to: string;
  readonly months: readonly HeadcountMonth[];
}

const indexOf = (month: string): number =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number): string =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The months from `from` to `to` inclusive, or why they cannot be answered. */
export const monthsFrom = (from: string, to: string): E.Either<InvalidQuery, string[]> => {
  if (!MONTH.test(from)) return invalidQuery('from', 'must be a month YYYY-MM');
  if (!MONTH.test(to)) return invalidQuery('to', 'must be a month YYYY-MM');
  const span = indexOf(to) - indexOf(from) + 1;
  if (span < 1) return invalidQuery('to', 'must not be before from');
  if (span > MAX_SERIES_MONTHS)
    return invalidQuery('from', `the series can span at most ${MAX_SERIES_MONTHS} months`);
  return E.right(Array.from({ length: span }, (_, i) => monthOf(indexOf(from) + i)));
};

/** Headcount and FTE on the first of every month from `from` to `to`, grouped. */
export const headcountSeries = (
  db: Database,
  query: SeriesQuery,
): E.Either<InvalidQuery, HeadcountSeries> => {
  const unknown = query.groupBy.find((d) => !dimensions.includes(d));
  if (unknown !== undefined)
    return invalidQuery('groupBy', `"${String(unknown)}" is not one of ${dimensions.join(', ')}`);
  const earliest = db
    .prepare<[], { first: string | null }>(`SELECT min(valid_from) AS first FROM ${SEGMENT}`)
    .get()?.first;
  const from = query.from ?? earliest?.slice(0, 7) ?? query.to;
  const months = monthsFrom(from, query.to);
  if (E.isLeft(months)) return months;
  const cols = query.groupBy.map((d) => `s.${column[d]}`);
  const keys = ['d.value', ...cols].join(', ');
  const rows = db
    .prepare<{ days: string }, Record<string, string | number>>(
      `SELECT d.value AS census, ${cols.map((c) => `${c},`).join(' ')}
         count(*) AS headcount, round(sum(s.fte), 4) AS fte
       FROM json_each(@days) d JOIN ${SEGMENT} s
         ON s.valid_from <= d.value AND (s.valid_to IS NULL OR s.valid_to > d.value)
       GROUP BY ${keys} ORDER BY ${keys}`,
    )
    .all({ days: JSON.stringify(months.right.map((m) => `${m}-01`)) });
  const byDay = new Map<string, MonthHeadcount[]>();
  for (const r of rows) {
    const day = String(r['census']);
    const list = byDay.get(day) ?? [];
    list.push({
      group: Object.fromEntries(query.groupBy.map((d) => [d, String(r[column[d]])])),
      headcount: Number(r['headcount']),
      fte: Number(r['fte']),
    });
    byDay.set(day, list);
  }
  return E.right({
    from,
    to: query.to,
    months: months.right.map((month) => ({
      month,
      asOf: `${month}-01`,
      rows: byDay.get(`${month}-01`) ?? [],
    })),
  });
};
