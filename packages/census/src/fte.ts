/**
 * The council's standard full-time week. FTE is contracted hours over it (the DfE divides by
 * the standard hours for the grade; both seed ladders are on the 37-hour NJC week).
 */
export const STANDARD_WEEKLY_HOURS = 37;

/** FTE to six places, at most 1 (the census's range); zero-hours contracts count 0. */
export const fteOf = (contractedHours: number, zeroHours: boolean): number =>
  zeroHours ? 0 : Math.min(1, Math.round((contractedHours / STANDARD_WEEKLY_HOURS) * 1e6) / 1e6);
