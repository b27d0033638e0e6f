import fc from 'fast-check';
import { badBodies } from './bad-bodies';
import { badQueries } from './bad-queries';
import { exampleOf, type Schema } from './schema-values';

// Bad requests for one operation of the OpenAPI document: a valid request (an allowed role's
// token, valid path, body and headers) with exactly one defect, and what the answer must name.

export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly roles: readonly string[];
  /** The request headers the document declares (lower case): a write's If-Match, Idempotency-Key, X-Reason. */
  readonly headers: readonly string[];
  readonly pathParams: readonly { readonly name: string; readonly schema: Schema }[];
  readonly queryParams: readonly {
    readonly name: string;
    readonly schema: Schema;
    readonly required?: boolean;
  }[];
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

const badEncodings = ['%ZZ', '%', '%FF', '%C0%AF', '%E0%A4%A', '%00%', '%%41'];

const concretePath = (op: Operation, replace?: { name: string; raw: string }) =>
  op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (replace?.name === name) return replace.raw;
    const p = op.pathParams.find((x) => x.name === name);
    return encodeURIComponent(String(p ? exampleOf(p.schema) : 'fz-1'));
  });

/** A spoilt query with the route's other required parameters given valid values. */
const withRequired = (op: Operation, q: { readonly query: string; readonly field: string }) =>
  [
    q.query,
    ...op.queryParams
      .filter((p) => p.required === true && p.name !== q.field)
      .map((p) => `${p.name}=${encodeURIComponent(String(exampleOf(p.schema)))}`),
  ].join('&');

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
      ...(key !== null && op.headers.includes('idempotency-key') ? { 'idempotency-key': key } : {}),
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
      path: `${concretePath(op)}?${withRequired(op, q)}`,
      field: q.field,
      status: 400,
    })),
    2,
  );
  // A route that names no role is public (signing in): no token to spoil, no role to refuse.
  const guarded = op.roles.length > 0;
  if (guarded)
    add(
      fc
        .record({ b: key, auth: fc.constantFrom('none', 'forged', 'garbled', 'basic') })
        .map(({ b, auth }) => ({ ...base(b), defect: `token-${auth}`, auth, status: 401 })),
    );
  const refused = guarded
    ? ['hr-admin', 'manager', 'approver', 'planner', 'auditor'].filter((r) => !op.roles.includes(r))
    : [];
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
  // Only the headers the document declares for this route: the server reads no others.
  const badHeaders = [
    fc
      .constantFrom('abc', '"x"', '1', 'W/"-1"', '"1", "2"', '**')
      .map((v) => ({ name: 'if-match', value: v, field: 'If-Match' })),
    fc
      .constantFrom('has space', 'x'.repeat(201), 'semi;colon', 'quote"')
      .map((v) => ({ name: 'idempotency-key', value: v, field: 'Idempotency-Key' })),
    fc
      .constantFrom('   ', 'x'.repeat(1001))
      .map((v) => ({ name: 'x-reason', value: v, field: 'X-Reason' })),
  ].filter((_arb, i) => op.headers.includes(['if-match', 'idempotency-key', 'x-reason'][i] ?? ''));
  if (badHeaders.length > 0)
    add(
      fc.record({ b: key, header: fc.oneof(...badHeaders) }).map(({ b, header }) => {
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
      fc.record({ b: key, d: badBodies(body) }).map(({ b, d }) => {
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
  return fc.oneof(...arbs);
};
