import * as t from 'io-ts';

export interface PositiveIntegerBrand {
  readonly PositiveInteger: unique symbol;
}
/** 1, 2, 3 …: policy versions, months in a criterion. */
export const PositiveInteger = t.brand(
  t.number,
  (n): n is t.Branded<number, PositiveIntegerBrand> => Number.isInteger(n) && n >= 1,
  'PositiveInteger',
);
export type PositiveInteger = t.TypeOf<typeof PositiveInteger>;

export interface WeeklyHoursBrand {
  readonly WeeklyHours: unique symbol;
}
/** Contracted hours a week: more than 0, at most 168. */
export const WeeklyHours = t.brand(
  t.number,
  (n): n is t.Branded<number, WeeklyHoursBrand> => Number.isFinite(n) && n > 0 && n <= 168,
  'WeeklyHours',
);
export type WeeklyHours = t.TypeOf<typeof WeeklyHours>;
