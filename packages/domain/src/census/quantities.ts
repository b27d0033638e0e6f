import * as t from 'io-ts';

export interface WorkingDaysBrand {
  readonly WorkingDays: unique symbol;
}
/** Working days lost to an absence: 0 or more, in hundredths (the census's two places). */
export const WorkingDays = t.brand(
  t.number,
  (n): n is t.Branded<number, WorkingDaysBrand> =>
    Number.isFinite(n) && n >= 0 && n <= 366 && Math.abs(n * 100 - Math.round(n * 100)) < 1e-9,
  'WorkingDays',
);
export type WorkingDays = t.TypeOf<typeof WorkingDays>;

export interface PostFteBrand {
  readonly PostFte: unique symbol;
}
/** The full-time equivalent a funded post is budgeted at: more than 0, at most 1. */
export const PostFte = t.brand(
  t.number,
  (n): n is t.Branded<number, PostFteBrand> => Number.isFinite(n) && n > 0 && n <= 1,
  'PostFte',
);
export type PostFte = t.TypeOf<typeof PostFte>;
