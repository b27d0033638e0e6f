import * as t from 'io-ts';

// A job family and a grade are names an HR admin gives in a career framework, so they are
// validated strings, not enums: a new family needs no code change. The format only keeps
// them safe as stream names, URL segments and CSV cells; whether a grade exists is asked of
// the framework in force on the date (see `frameworkInForce`).

/** kebab-case, 2–40 characters, starting with a letter: `family-worker`, `residential-care-worker`. */
export const JOB_FAMILY_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;
/** 1–20 characters of letters, digits, space, dot or dash, starting with a letter or digit: `L1`, `SW3`, `RCW 2`. */
export const GRADE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 .-]{0,19}$/;

export interface JobFamilyBrand {
  readonly JobFamily: unique symbol;
}
export const JobFamily = t.brand(
  t.string,
  (s): s is t.Branded<string, JobFamilyBrand> => JOB_FAMILY_PATTERN.test(s),
  'JobFamily',
);
export type JobFamily = t.TypeOf<typeof JobFamily>;

export interface GradeBrand {
  readonly Grade: unique symbol;
}
export const Grade = t.brand(
  t.string,
  (s): s is t.Branded<string, GradeBrand> => GRADE_PATTERN.test(s),
  'Grade',
);
export type Grade = t.TypeOf<typeof Grade>;
