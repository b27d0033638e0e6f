import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { exampleOf, objectsIn, outOfBoundsFor, wrongValueFor, type Schema } from './schema-values';

// Bad requests for one operation of the OpenAPI document: a valid request (an allowed role's
// token, valid path, body and headers) with exactly one defect, and what the answer must name.

export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly roles: readonly string[];
  readonly write: boolean;
  readonly pathParams: readonly { readonly name: string; readonly schema: Schema }[];
  readonly queryParams: readonly { readonly name: string; readonly schema: Schema }[];
  readonly body: Schema | undefined;
}

export type Auth = 'allowed' | 'none' | 'forged' | 'garbled' | 'basic' | { readonly role: string };

export interface BadRequest {
  readonly operation: string;
  /** Which kind of defect, for the tally. */
  readonly defect: string;
  readonly method: string;
  readonly path: string;
  readonly auth: Auth;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
  /** The field the problem must name, when the defect has one. */
  readonly field?: string;
  /** The one status the answer must have, when the defect decides it. */
  readonly status?: number;
}

export const prototypeNames = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
] as const;

const badEncodings = ['%ZZ', '%', '%FF', '%C0%AF', '%E0%A4%A', '%00%', '%%41'];

/** Field names nobody declared: prototype members, near-misses and arbitrary text. */
const unknownName = (declared: readonly string[]) =>
  fc
    .oneof(
      fc.constantFrom(...prototypeNames),
      fc.constantFrom('bogus', 'id', 'Name', 'staffid', '$where', 'a.b', 'x[0]'),
      fc.string({ minLength: 1, maxLength: 12 }),
    )
    .filter((n) => !declared.includes(n) && n.trim() === n && n.length > 0);

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
  return JSON.stringify(copy).replace(`"${marker}":0`, `${JSON.stringify(key)}:${raw}`);
};

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Every bad body for a write: wrong JSON, wrong shape, wrong fields. */
const badBodies = (op: Operation, bodySchema: Schema) => {
  const base = exampleOf(bodySchema);
  const objects = objectsIn(bodySchema);
  const fields = objects.flatMap((o) =>
    Object.entries(o.properties).map(([k, s]) => ({ at: o.path, key: k, schema: s, object: o })),
  );
  const json = JSON.stringify(base);
  const arbs: fc.Arbitrary<Omit<BadRequest, 'operation' | 'method' | 'path' | 'auth'>>[] = [
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
          field: dotted(object.path, name),
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
  void op;
  return fc.oneof(...arbs);
};

/** Bad query strings: unknown names (on any route), bad or repeated values of declared ones. */
const badQueries = (op: Operation) => {
  const declared = op.queryParams.map((p) => p.name);
  const arbs: fc.Arbitrary<{ defect: string; query: string; field: string }>[] = [
    fc
      .record({ name: unknownName(declared), value: fc.constantFrom('1', '', 'x', '__proto__') })
      .map(({ name, value }) => ({
        defect: prototypeNames.some((p) => p === name) ? 'prototype-query' : 'unknown-query',
        query: `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
        field: name,
      })),
  ];
  const bad = op.queryParams.flatMap((p) =>
    [
      ...outOfBoundsFor(p.schema),
      ...(Array.isArray(p.schema['enum']) ? ['zz-not-one'] : []),
      ...(p.schema['type'] === 'integer' ? ['abc', '1e3', '0x10'] : []),
      ...(typeof p.schema['description'] === 'string' &&
      p.schema['description'].startsWith('comma-separated')
        ? ['nope', 'grade,grade']
        : []),
    ]
      .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
      .map((v) => ({ name: p.name, value: String(v) })),
  );
  if (bad.length > 0)
    arbs.push(
      fc.constantFrom(...bad).map(({ name, value }) => ({
        defect: 'bad-query-value',
        query: `${name}=${encodeURIComponent(value)}`,
        field: name,
      })),
    );
  if (op.queryParams.length > 0)
    arbs.push(
      fc.constantFrom(...op.queryParams).map((p) => {
        const v = encodeURIComponent(String(exampleOf(p.schema)));
        return { defect: 'repeated-query', query: `${p.name}=${v}&${p.name}=${v}`, field: p.name };
      }),
    );
  return fc.oneof(...arbs);
};

const concretePath = (op: Operation, replace?: { name: string; raw: string }) =>
  op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (replace?.name === name) return replace.raw;
    const p = op.pathParams.find((x) => x.name === name);
    return encodeURIComponent(String(p ? exampleOf(p.schema) : 'fz-1'));
  });

/** Every kind of bad request for one operation, with a valid remainder. */
export const badRequestFor = (op: Operation): fc.Arbitrary<BadRequest> => {
  const id = `${op.method.toUpperCase()} ${op.path}`;
  const validBody = op.body !== undefined ? JSON.stringify(exampleOf(op.body)) : undefined;
  const base = (key: string | null) => ({
    operation: id,
    method: op.method.toUpperCase(),
    path: concretePath(op),
    auth: 'allowed' as Auth,
    headers: {
      ...(validBody !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(key !== null && op.write ? { 'idempotency-key': key } : {}),
    },
    ...(validBody !== undefined ? { body: validBody } : {}),
  });
  const key = fc.option(fc.stringMatching(/^[A-Za-z0-9._:-]{1,40}$/), { nil: null });
  // Weighted so a write's body, where most of a request's shape is, gets most of the runs.
  const arbs: fc.WeightedArbitrary<BadRequest>[] = [];
  const add = (arbitrary: fc.Arbitrary<BadRequest>, weight = 1) => {
    arbs.push({ arbitrary, weight });
  };
  add(
    fc.record({ b: key, q: badQueries(op) }).map(({ b, q }) => ({
      ...base(b),
      defect: q.defect,
      path: `${concretePath(op)}?${q.query}`,
      field: q.field,
      status: 400,
    })),
    2,
  );
  add(
    fc
      .record({ b: key, auth: fc.constantFrom('none', 'forged', 'garbled', 'basic') })
      .map(({ b, auth }) => ({ ...base(b), defect: `token-${auth}`, auth, status: 401 })),
  );
  const refused = ['hr-admin', 'manager', 'approver', 'planner', 'auditor'].filter(
    (r) => !op.roles.includes(r),
  );
  if (refused.length > 0)
    add(
      fc.record({ b: key, role: fc.constantFrom(...refused) }).map(({ b, role }) => ({
        ...base(b),
        defect: 'wrong-role',
        auth: { role },
        status: 403,
      })),
    );
  if (op.pathParams.length > 0)
    add(
      fc
        .record({
          b: key,
          param: fc.constantFrom(...op.pathParams),
          raw: fc.oneof(
            fc.constantFrom(...badEncodings).map((raw) => ({ raw, encoding: true })),
            fc
              .constantFrom('has space', '-lead', '.dot', 'x'.repeat(121), 'é', 'a/b', 'zz-not-one')
              .map((v) => ({ raw: encodeURIComponent(v), encoding: false })),
          ),
        })
        .filter(
          ({ param, raw }) =>
            raw.encoding || param.schema['enum'] !== undefined || raw.raw !== 'zz-not-one',
        )
        .map(({ b, param, raw }) => ({
          ...base(b),
          defect: raw.encoding ? 'bad-percent-encoding' : 'bad-path-value',
          path: concretePath(op, { name: param.name, raw: raw.raw }),
          field: raw.encoding ? 'path' : param.name,
          // `a/b` makes another path: no route, or another route's refusal.
          ...(raw.raw.includes('%2F') ? {} : { status: 400 }),
        })),
    );
  if (op.write) {
    add(
      fc
        .record({
          b: key,
          header: fc.oneof(
            fc
              .constantFrom('abc', '"x"', '1', 'W/"-1"', '"1", "2"', '**')
              .map((v) => ({ name: 'if-match', value: v, field: 'If-Match' })),
            fc
              .constantFrom('has space', 'x'.repeat(201), 'semi;colon', 'quote"')
              .map((v) => ({ name: 'idempotency-key', value: v, field: 'Idempotency-Key' })),
            fc
              .constantFrom('   ', 'x'.repeat(1001))
              .map((v) => ({ name: 'x-reason', value: v, field: 'X-Reason' })),
          ),
        })
        .map(({ b, header }) => {
          const request = base(header.name === 'idempotency-key' ? null : b);
          return {
            ...request,
            defect: `bad-${header.name}`,
            headers: { ...request.headers, [header.name]: header.value },
            field: header.field,
            status: 400,
          };
        }),
    );
    if (op.body !== undefined) {
      const body = op.body;
      add(
        fc.record({ b: key, d: badBodies(op, body) }).map(({ b, d }) => {
          const request = base(b);
          const { body: _valid, ...withoutBody } = request;
          void _valid;
          return {
            ...withoutBody,
            ...d,
            headers: { ...request.headers, ...d.headers },
          };
        }),
        6,
      );
    }
  }
  return fc.oneof(...arbs);
};
