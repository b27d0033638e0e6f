import { IsoDate, addDays, addMonths } from '../primitives/time';

// Where time alone can change a verdict. The rules look at dates written in facts and
// policies (an expiry, a lapse, an effective date still to come) and at periods counted in
// months from them (a PDR counts for 12, a DBS check for 36 …); nothing else moves with time.

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

/** Every `months` period a policy's criteria use. */
export const periodsIn = (value: unknown, into = new Set<number>()): Set<number> => {
  if (Array.isArray(value)) for (const v of value) periodsIn(v, into);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'months' && typeof v === 'number') into.add(v);
      else periodsIn(v, into);
    }
  return into;
};

/**
 * The dates after `from`, up to `horizon`, on which time alone could change a verdict: each
 * date the values name, and each of those plus a period; with the day after each, for either
 * boundary convention. Between two candidates nothing the rules look at changes. In order.
 */
export const candidateDates = (
  values: readonly unknown[],
  periods: ReadonlySet<number>,
  from: IsoDate,
  horizon: IsoDate,
): IsoDate[] => {
  const written = new Set<string>();
  for (const v of values) datesIn(v, written);
  const candidates = new Set<IsoDate>();
  for (const d of written) {
    // A string that merely looks like a date (an id, a typo in free text) bounds nothing.
    if (!IsoDate.is(d)) continue;
    for (const shifted of [d, ...[...periods].map((m) => addMonths(d, m))])
      for (const c of [shifted, addDays(shifted, 1)])
        if (c > from && c <= horizon) candidates.add(c);
  }
  return [...candidates].sort();
};
