import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { named, prototypeNames, unknownName } from './names';
import type { BadRequest } from './bad-requests';
import { exampleOf, objectsIn, outOfBoundsFor, wrongValueFor, type Schema } from './schema-values';

// Bad bodies for a write: the valid example of its schema spoilt in exactly one way — as JSON,
// as a shape, or in one field — with the field the refusal must name.

export type BodyDefect = Omit<BadRequest, 'operation' | 'method' | 'path' | 'auth'>;

const setAt = (
  value: unknown,
  path: readonly string[],
  f: (o: Record<string, unknown>) => void,
) => {
  let node = value;
  for (const key of path)
    node =
      typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : node;
  if (typeof node === 'object' && node !== null && !Array.isArray(node))
    f(node as Record<string, unknown>);
};

const dotted = (path: readonly string[], key?: string): string =>
  [...path, ...(key !== undefined ? [key] : [])].join('.');

/** JSON text with `key: raw` added to the object at `path` (raw, so `__proto__` stays a key). */
const withRawKey = (base: unknown, path: readonly string[], key: string, raw: string): string => {
  const marker = 'zzfuzzmarkerzz';
  const copy: unknown = structuredClone(base);
  setAt(copy, path, (o) => {
    o[marker] = 0;
  });
  // A function, not a string: `$$` or `$&` in a key must not be read as replacement patterns.
  return JSON.stringify(copy).replace(`"${marker}":0`, () => `${JSON.stringify(key)}:${raw}`);
};

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Every bad body for a write: wrong JSON, wrong shape, wrong fields. */
export const badBodies = (bodySchema: Schema): fc.Arbitrary<BodyDefect> => {
  const base = exampleOf(bodySchema);
  const objects = objectsIn(bodySchema);
  const fields = objects.flatMap((o) =>
    Object.entries(o.properties).map(([k, s]) => ({ at: o.path, key: k, schema: s, object: o })),
  );
  const json = JSON.stringify(base);
  const arbs: fc.Arbitrary<BodyDefect>[] = [
    fc.constantFrom('[', '{"a":', json.slice(0, -1), `${json}x`, "{'a':1}", 'nul').map((b) => ({
      defect: 'malformed-json',
      headers: {},
      body: b,
      field: 'body',
      status: 400,
    })),
    fc.constantFrom('[]', '1', '"text"', 'null', 'true', `[${json}]`).map((b) => ({
      defect: 'not-an-object',
      headers: {},
      body: b,
      field: 'body',
      status: 400,
    })),
    fc
      .constantFrom(
        'text/plain',
        'application/vnd.api+json',
        'application/json; charset=utf-7',
        'application/x-www-form-urlencoded',
        'application/json; charset=latin1',
      )
      .map((type) => ({
        defect: 'media-type',
        headers: { 'content-type': type },
        body: json,
        status: 415,
      })),
    fc.constantFrom('gzip', 'deflate', 'br').map((encoding) => ({
      defect: 'corrupt-encoding',
      headers: { 'content-encoding': encoding },
      body: json,
      field: 'Content-Encoding',
      status: 400,
    })),
    fc.constant({
      defect: 'unsupported-encoding',
      headers: { 'content-encoding': 'compress' },
      body: deflateSync(json),
      status: 415,
    }),
  ];
  arbs.push(
    fc.constant({
      defect: 'too-large',
      headers: {},
      body: JSON.stringify({ ...(base as object), padding: 'x'.repeat(70_000) }),
      status: 413,
    }),
  );
  // An empty body reads as `{}`: a defect only where some field is required.
  if ((objects[0]?.required.length ?? 0) > 0)
    arbs.push(fc.constant({ defect: 'no-body', headers: {}, status: 400 }));
  if (objects.length > 0)
    arbs.push(
      fc
        .record({
          object: fc.constantFrom(...objects),
          name: unknownName([]),
          value: fc.constantFrom('1', '"x"', 'null', '{}', '[]'),
        })
        .filter(({ object, name }) => !Object.hasOwn(object.properties, name))
        .map(({ object, name, value }) => ({
          defect: prototypeNames.some((p) => p === name) ? 'prototype-key' : 'unknown-key',
          headers: {},
          body: withRawKey(base, object.path, name, value),
          field: dotted(object.path, named(name)),
          status: 400,
        })),
    );
  const required = fields.filter((f) => f.object.required.includes(f.key));
  if (required.length > 0)
    arbs.push(
      fc.constantFrom(...required).map((f) => {
        const copy: unknown = structuredClone(base);
        setAt(copy, f.at, (o) => {
          delete o[f.key];
        });
        return {
          defect: 'missing-field',
          headers: {},
          body: JSON.stringify(copy),
          field: dotted(f.at, f.key),
          status: 400,
        };
      }),
    );
  const typed = fields.filter((f) => wrongValueFor(f.schema, 0) !== undefined);
  if (typed.length > 0)
    arbs.push(
      fc.record({ f: fc.constantFrom(...typed), pick: fc.nat() }).map(({ f, pick }) => {
        const copy: unknown = structuredClone(base);
        setAt(copy, f.at, (o) => {
          o[f.key] = wrongValueFor(f.schema, pick);
        });
        return {
          defect: 'wrong-type',
          headers: {},
          body: JSON.stringify(copy),
          field: dotted(f.at, f.key),
          status: 400,
        };
      }),
    );
  const bounded = fields.flatMap((f) => outOfBoundsFor(f.schema).map((value) => ({ f, value })));
  if (bounded.length > 0)
    arbs.push(
      fc.constantFrom(...bounded).map(({ f, value }) => {
        const copy: unknown = structuredClone(base);
        setAt(copy, f.at, (o) => {
          o[f.key] = value;
        });
        return {
          defect: 'out-of-bounds',
          headers: {},
          body: JSON.stringify(copy),
          field: dotted(f.at, f.key),
          status: 400,
        };
      }),
    );
  const topLevel = Object.keys(objects[0]?.properties ?? {});
  if (topLevel.length > 0)
    arbs.push(
      fc
        .record({ key: fc.constantFrom(...topLevel), depth: fc.integer({ min: 40, max: 5000 }) })
        .map(({ key, depth }) => ({
          defect: 'deep-nesting',
          headers: {},
          body: withRawKey(
            Object.fromEntries(Object.entries(base as object).filter(([k]) => k !== key)),
            [],
            key,
            nested(depth),
          ),
          field: key,
          status: 400,
        })),
    );
  return fc.oneof(...arbs);
};
