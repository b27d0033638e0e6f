import type * as t from 'io-ts';
import type { JsonValue } from './json';

/** The dotted path of the first failing field of an io-ts decode, e.g. `data.period`. */
export const firstFailure = (errors: t.Errors): { field: string; message: string } => {
  const first = errors[0];
  if (first === undefined) return { field: '', message: 'is invalid' };
  const field = first.context
    .map((c) => c.key)
    .filter((k) => k !== '' && !/^\d+$/.test(k))
    .join('.');
  const expected = first.context[first.context.length - 1]?.type.name ?? 'a valid value';
  const message =
    first.message ??
    (first.value === undefined ? `is required (${expected})` : `must be ${expected}`);
  return { field, message };
};

/** Plain JSON only: encoded payloads are checked rather than cast. */
export const toJson = (value: unknown): JsonValue => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJson(v);
    return out;
  }
  throw new TypeError(`not JSON: ${typeof value}`);
};
