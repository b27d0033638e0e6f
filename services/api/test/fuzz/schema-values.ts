// Reading the OpenAPI document's JSON Schemas for the fuzz test: a valid example of any schema
// (so each generated request can carry exactly one defect), the objects inside a body, and a
// value of the wrong JSON type for a field.

export type Schema = { readonly [key: string]: unknown };

const isSchema = (u: unknown): u is Schema =>
  typeof u === 'object' && u !== null && !Array.isArray(u);
const schemas = (u: unknown): Schema[] => (Array.isArray(u) ? u.filter(isSchema) : []);

/** Strings tried, in order, against a `pattern` (ids, headers, the non-blank pattern, case references). */
const patternCandidates = ['fz-1', 'a', 'A1', 'x', 'FZ-0001'];

const stringExample = (s: Schema): string => {
  if (s['format'] === 'date') return '2024-01-15';
  if (s['format'] === 'date-time') return '2024-01-15T09:00:00Z';
  if (s['format'] === 'uuid') return '6f1c2b1e-7d8a-4c1e-9a55-2f0b3c4d5e6f';
  const pattern = typeof s['pattern'] === 'string' ? new RegExp(s['pattern']) : null;
  return patternCandidates.find((c) => pattern === null || pattern.test(c)) ?? 'fz-1';
};

const numberExample = (s: Schema): number => {
  const min = typeof s['minimum'] === 'number' ? s['minimum'] : undefined;
  const above = typeof s['exclusiveMinimum'] === 'number' ? s['exclusiveMinimum'] + 1 : undefined;
  const max = typeof s['maximum'] === 'number' ? s['maximum'] : undefined;
  const n = min ?? above ?? 1;
  return max !== undefined ? Math.min(n, max) : n;
};

/** A value the schema accepts: required and optional properties alike, arrays empty. */
export const exampleOf = (s: Schema): unknown => {
  if ('const' in s) return s['const'];
  if (Array.isArray(s['enum'])) return s['enum'][0];
  const oneOf = schemas(s['oneOf']);
  if (oneOf[0] !== undefined) return exampleOf(oneOf[0]);
  const allOf = schemas(s['allOf']);
  if (allOf.length > 0) return Object.assign({}, ...allOf.map(exampleOf)) as unknown;
  switch (s['type']) {
    case 'string':
      return stringExample(s);
    case 'integer':
    case 'number':
      return numberExample(s);
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object': {
      const props = isSchema(s['properties']) ? s['properties'] : {};
      return Object.fromEntries(
        Object.entries(props).flatMap(([k, v]) => (isSchema(v) ? [[k, exampleOf(v)]] : [])),
      );
    }
    default:
      return {};
  }
};

/** One object inside a body: where it is (`[]` is the body itself) and its schema. */
export interface ObjectAt {
  readonly path: readonly string[];
  readonly schema: Schema;
  readonly properties: Readonly<Record<string, Schema>>;
  readonly required: readonly string[];
}

/** Every object schema in a body whose example is an object (arrays are empty, so not inside). */
export const objectsIn = (s: Schema, path: readonly string[] = []): ObjectAt[] => {
  const oneOf = schemas(s['oneOf']);
  if (oneOf[0] !== undefined) return objectsIn(oneOf[0], path);
  if (s['type'] !== 'object' || !isSchema(s['properties'])) return [];
  const properties = Object.fromEntries(
    Object.entries(s['properties']).flatMap(([k, v]) => (isSchema(v) ? [[k, v]] : [])),
  );
  const required = Array.isArray(s['required'])
    ? s['required'].filter((r): r is string => typeof r === 'string')
    : [];
  return [
    { path, schema: s, properties, required },
    ...Object.entries(properties).flatMap(([k, v]) => objectsIn(v, [...path, k])),
  ];
};

const jsonTypeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? 'number' : typeof v;

/** The JSON types a schema admits, or null when it admits any value. */
const typesOf = (s: Schema): Set<string> | null => {
  if ('const' in s || Array.isArray(s['enum'])) return new Set(['enumerated']);
  const oneOf = schemas(s['oneOf']);
  if (oneOf.length > 0) {
    const all = new Set<string>();
    for (const m of oneOf) {
      const t = typesOf(m);
      if (t === null) return null;
      for (const x of t) all.add(x);
    }
    return all;
  }
  const t = s['type'];
  if (t === 'integer') return new Set(['number']);
  return typeof t === 'string' ? new Set([t]) : null;
};

const wrongCandidates: readonly unknown[] = [12345, 'zz-not-this', true, null, [], { x: 1 }];

/** A value of a JSON type the schema refuses, or undefined when the schema takes anything. */
export const wrongValueFor = (s: Schema, pick: number): unknown => {
  const types = typesOf(s);
  if (types === null) return undefined;
  const onlyEnumerated = types.size === 1 && types.has('enumerated');
  if (types.has('enumerated') && !onlyEnumerated) return undefined;
  const wrong = wrongCandidates.filter((v) => onlyEnumerated || !types.has(jsonTypeOf(v)));
  return wrong.length === 0 ? undefined : wrong[pick % wrong.length];
};

/**
 * Values of the right JSON type that the schema's bounds refuse (so the server must too):
 * below a minimum, above a maximum, a fraction for an integer, a blank or impossible string.
 */
export const outOfBoundsFor = (s: Schema): readonly unknown[] => {
  const out: unknown[] = [];
  if (s['type'] === 'integer' || s['type'] === 'number') {
    if (typeof s['minimum'] === 'number') out.push(s['minimum'] - 1);
    if (typeof s['exclusiveMinimum'] === 'number') out.push(s['exclusiveMinimum']);
    if (typeof s['maximum'] === 'number') out.push(s['maximum'] + 1);
    if (s['type'] === 'integer') out.push(1.5);
  }
  if (s['type'] === 'string') {
    if (typeof s['minLength'] === 'number' && s['minLength'] > 0) out.push('');
    if (s['pattern'] === '\\S') out.push('   ');
    if (typeof s['maxLength'] === 'number') out.push('x'.repeat(s['maxLength'] + 1));
    if (s['format'] === 'date') out.push('2023-02-29', '2024-13-01', '15/01/2024');
    if (s['format'] === 'date-time') out.push('2024-01-15T09:00:00', '2024-01-15 09:00Z');
    if (typeof s['pattern'] === 'string' && s['pattern'] !== '\\S') out.push(' bad id ');
  }
  return out;
};
