import * as t from 'io-ts';
import { withSchema } from './json-schema';

// Query strings arrive as text: these codecs read numbers and lists out of them.

/** A whole number in a query string, within bounds. */
export const IntFromQuery = (name: string, min: number, max: number) =>
  withSchema(
    new t.Type<number, string, unknown>(
      name,
      (u): u is number => typeof u === 'number' && Number.isInteger(u) && u >= min && u <= max,
      (u, c) => {
        const n = typeof u === 'string' && /^-?\d{1,9}$/.test(u) ? Number(u) : Number.NaN;
        return Number.isInteger(n) && n >= min && n <= max
          ? t.success(n)
          : t.failure(u, c, `must be a whole number from ${min} to ${max}`);
      },
      String,
    ),
    { type: 'integer', minimum: min, maximum: max },
  );

/** A comma-separated list of allowed words, e.g. `groupBy=jobFamily,grade`. */
export const ListFromQuery = <K extends string>(name: string, allowed: readonly K[]) =>
  withSchema(
    new t.Type<K[], string, unknown>(
      name,
      (u): u is K[] => Array.isArray(u) && u.every((x) => allowed.some((a) => a === x)),
      (u, c) => {
        if (typeof u !== 'string')
          return t.failure(u, c, `must be a comma-separated list of ${allowed.join(', ')}`);
        const items = u.split(',').filter((s) => s !== '');
        const chosen = allowed.filter((a) => items.includes(a));
        return chosen.length === items.length && new Set(items).size === items.length
          ? t.success(
              items.map((i) => allowed.find((a) => a === i)).filter((x): x is K => x !== undefined),
            )
          : t.failure(u, c, `must be a comma-separated list of ${allowed.join(', ')}`);
      },
      (a) => a.join(','),
    ),
    { type: 'string', description: `comma-separated: ${allowed.join(', ')}` },
  );
