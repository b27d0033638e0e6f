import { addDays, addMonths } from '../dates';

const DATE = /^\d{4}-\d{2}-\d{2}/;

/** Every date written in a JSON value (`YYYY-MM-DD`, or the date of a date-time). */
const datesIn = (value: unknown, into: Set<string>): void => {
  if (typeof value === 'string') {
    const m = DATE.exec(value);
    if (m !== null) into.add(m[0]);
  } else if (Array.isArray(value)) for (const v of value) datesIn(v, into);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) datesIn(v, into);
};

/** Every `months` period a policy's criteria use (a PDR counts for 12, a DBS check for 36 …). */
export const periodsIn = (value: unknown, into: Set<number>): void => {
  if (Array.isArray(value)) for (const v of value) periodsIn(v, into);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'months' && typeof v === 'number') into.add(v);
      else periodsIn(v, into);
    }
};

/**
 * The dates after `from` on which time alone could change a verdict: each date a fact
 * names (an expiry, a lapse, an effective date still to come), and each of those dates
 * plus a period a criterion counts in months; with the day after each, for either
 * boundary convention. Between two candidates nothing the rules look at changes.
 */
export const candidateDates = (
  facts: readonly unknown[],
  periods: ReadonlySet<number>,
  from: string,
  horizon: string,
): string[] => {
  const dates = new Set<string>();
  for (const f of facts) datesIn(f, dates);
  const candidates = new Set<string>();
  for (const d of dates)
    for (const shifted of [d, ...[...periods].map((m) => addMonths(d, m))])
      for (const c of [shifted, addDays(shifted, 1)])
        if (c > from && c <= horizon) candidates.add(c);
  return [...candidates].sort();
};
