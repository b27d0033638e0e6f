import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { invalidQuery, type InvalidQuery } from '../../query-error';
import { SEGMENT } from './projection';
import { dimensions, type Dimension } from './queries';

// Headcount month by month: each month counted on its first day (the census day), every month
// from one query over the placement intervals — each segment is read once and counted for every
// census day it spans by a running sum, so the cost grows with the segments, not segments × months.

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
  const days = months.right;
  const first = indexOf(days[0] ?? from);
  // The census day a date falls on or before: the 1st of its month, else of the next month.
  const censusIndex = (date: string): number =>
    Math.min(
      days.length,
      Math.max(0, indexOf(date.slice(0, 7)) - first + (date.endsWith('-01') ? 0 : 1)),
    );
  const cols = query.groupBy.map((d) => column[d]);
  // One read of the segments in force at some time in the range; each adds itself to the
  // census days it spans (from its first to the one on or after its end) by a running sum.
  const segments = db
    .prepare<
      { first: string; last: string },
      Record<string, string> & { valid_from: string; valid_to: string | null; fte: number }
    >(
      `SELECT ${cols.map((c) => `${c},`).join(' ')} valid_from, valid_to, fte FROM ${SEGMENT}
       WHERE valid_from <= @last AND (valid_to IS NULL OR valid_to > @first)`,
    )
    .all({ first: `${days[0] ?? from}-01`, last: `${days[days.length - 1] ?? query.to}-01` });
  const changes = new Map<string, { group: string[]; heads: number[]; fte: number[] }>();
  for (const s of segments) {
    const start = censusIndex(s.valid_from);
    const end = s.valid_to === null ? days.length : censusIndex(s.valid_to);
    if (start >= end) continue;
    const group = cols.map((c) => String(s[c]));
    const key = JSON.stringify(group);
    const entry = changes.get(key) ?? {
      group,
      heads: new Array<number>(days.length + 1).fill(0),
      fte: new Array<number>(days.length + 1).fill(0),
    };
    entry.heads[start] = (entry.heads[start] ?? 0) + 1;
    entry.heads[end] = (entry.heads[end] ?? 0) - 1;
    entry.fte[start] = (entry.fte[start] ?? 0) + s.fte;
    entry.fte[end] = (entry.fte[end] ?? 0) - s.fte;
    changes.set(key, entry);
  }
  // Groups in the order of their values, as the single-date headcount orders them.
  const groups = [...changes.values()].sort((a, b) => {
    for (let i = 0; i < a.group.length; i++) {
      const x = a.group[i] ?? '';
      const y = b.group[i] ?? '';
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  const byDay = new Map<string, MonthHeadcount[]>(days.map((m) => [m, []]));
  for (const g of groups) {
    let heads = 0;
    let fte = 0;
    days.forEach((month, i) => {
      heads += g.heads[i] ?? 0;
      fte += g.fte[i] ?? 0;
      if (heads > 0)
        byDay.get(month)?.push({
          group: Object.fromEntries(query.groupBy.map((d, j) => [d, g.group[j] ?? ''])),
          headcount: heads,
          fte: Math.round(fte * 10_000) / 10_000,
        });
    });
  }
  return E.right({
    from,
    to: query.to,
    months: months.right.map((month) => ({
      month,
      asOf: `${month}-01`,
      rows: byDay.get(month) ?? [],
    })),
  });
};
