import * as t from 'io-ts';

// Time is always a parameter in the domain: these are pure conversions and comparisons,
// never a reading of the clock.

export interface IsoDateBrand {
  readonly IsoDate: unique symbol;
}
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isRealDate = (s: string): boolean => {
  const m = DATE.exec(s);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
};
/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = t.brand(
  t.string,
  (s): s is t.Branded<string, IsoDateBrand> => isRealDate(s),
  'IsoDate',
);
export type IsoDate = t.TypeOf<typeof IsoDate>;

export interface IsoDateTimeBrand {
  readonly IsoDateTime: unique symbol;
}
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** An instant with an explicit offset, e.g. `2024-04-01T09:00:00Z`. */
export const IsoDateTime = t.brand(
  t.string,
  (s): s is t.Branded<string, IsoDateTimeBrand> =>
    DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)) && isRealDate(s.slice(0, 10)),
  'IsoDateTime',
);
export type IsoDateTime = t.TypeOf<typeof IsoDateTime>;

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 30;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Milliseconds since the epoch of an ISO date-time: a pure parse, not the clock. */
export const instantOf = (dateTime: string): number => Date.parse(dateTime);

/** The UTC calendar date an instant falls on (the casts here brand values valid by construction). */
export const utcDateOf = (dateTime: string): IsoDate =>
  new Date(Date.parse(dateTime)).toISOString().slice(0, 10) as IsoDate;

/** Midnight UTC at the start of a date, as an instant. */
export const startOfDay = (date: IsoDate): IsoDateTime => `${date}T00:00:00.000Z` as IsoDateTime;

/** Adds (or with a negative n, subtracts) calendar months, clamping to the month's last day. */
export const addMonths = (date: IsoDate, n: number): IsoDate => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
};

/** Adds (or with a negative n, subtracts) calendar days. */
export const addDays = (date: IsoDate, n: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10) as IsoDate;

/** Whole calendar months from `from` to `to` (0 when `to` is before a full month). */
export const monthsBetween = (from: IsoDate, to: IsoDate): number => {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
};

/** ISO dates compare correctly as strings. */
export const isOnOrBefore = (a: IsoDate, b: IsoDate): boolean => a <= b;
