import * as E from 'fp-ts/Either';

/** A query parameter the read models cannot answer for; `field` names it. */
export interface InvalidQuery {
  readonly code: 'InvalidQuery';
  readonly field: string;
  readonly message: string;
}

export const invalidQuery = (field: string, message: string): E.Either<InvalidQuery, never> =>
  E.left({ code: 'InvalidQuery', field, message });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists. */
export const checkDate = (field: string, value: string): E.Either<InvalidQuery, string> => {
  const at = DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  return !Number.isNaN(at) && new Date(at).toISOString().startsWith(value)
    ? E.right(value)
    : invalidQuery(field, 'must be a date YYYY-MM-DD');
};

/** A date or an ISO 8601 date-time with a time zone. */
export const checkDateOrTime = (field: string, value: string): E.Either<InvalidQuery, string> =>
  DATE.test(value)
    ? checkDate(field, value)
    : DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
      ? E.right(value)
      : invalidQuery(field, 'must be a date YYYY-MM-DD or an ISO 8601 date-time with a time zone');

export const checkLimit = (
  field: string,
  value: number | undefined,
  fallback: number,
  max: number,
): E.Either<InvalidQuery, number> =>
  value === undefined
    ? E.right(fallback)
    : Number.isInteger(value) && value >= 1 && value <= max
      ? E.right(value)
      : invalidQuery(field, `must be an integer from 1 to ${max}`);
