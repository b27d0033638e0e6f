/**
 * A census year: the DfE's collection for year Y counts stocks on 30 September Y and flows
 * over the twelve months before it, 1 October Y-1 to 30 September Y (both inclusive).
 */
export interface CensusPeriod {
  readonly year: number;
  readonly firstDay: string;
  /** The reference date, 30 September. */
  readonly referenceDate: string;
}

export const censusPeriod = (year: number): CensusPeriod => ({
  year,
  firstDay: `${String(year - 1)}-10-01`,
  referenceDate: `${String(year)}-09-30`,
});

/** Whether `date` falls in the period (both ends inclusive). */
export const inPeriod = (period: CensusPeriod, date: string): boolean =>
  date >= period.firstDay && date <= period.referenceDate;
