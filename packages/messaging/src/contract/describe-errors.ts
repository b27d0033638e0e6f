import type * as t from 'io-ts';

/** io-ts errors as one line naming each failing field, e.g. `staffId: expected NonEmptyString`. */
export const describeErrors = (errors: t.Errors): string =>
  errors
    .map((error) => {
      const path = error.context
        .slice(1)
        .map((entry) => entry.key)
        .filter((key) => key !== '' && !/^\d+$/.test(key))
        .join('.');
      const expected = error.context[error.context.length - 1]?.type.name ?? 'a value';
      const got = error.value === undefined ? 'nothing' : JSON.stringify(error.value);
      return `${path === '' ? 'message' : path}: expected ${expected}, got ${got}`;
    })
    .join('; ');
