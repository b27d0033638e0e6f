import { writeFileSync } from 'node:fs';
import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../src/auth/tokens';
import { decodeInput } from '../../src/http/validate';
import { startHarness, type Harness } from '../harness';
import { join, openVacancy, publishSeedPolicies } from '../people';
import { badRequestFor, type Auth, type BadRequest, type Operation } from './bad-requests';
import { exampleOf, type Schema } from './schema-values';

// The API's promise about bad input, tested the way an outside client would find it broken:
// bad requests generated from the OpenAPI document itself (so a new route is covered without
// touching this file) — bad bodies, queries, paths, headers, encodings and tokens — each one
// a valid request with exactly one defect. Every answer must be a 4xx problem document with no
// stack, naming the field when the defect has one, and the log's head must not move.
//
// CI runs a fixed seed and a small budget; a larger run on demand:
//   LADDER_FUZZ_RUNS=20000 LADDER_FUZZ_SEED=7 pnpm vitest run services/api/test/fuzz
// (LADDER_FUZZ_REPORT=<file> also writes the tally as JSON.)

const runs = Number(process.env['LADDER_FUZZ_RUNS'] ?? 800);
const seed = Number(process.env['LADDER_FUZZ_SEED'] ?? 20_261_202);

let h: Harness;
let operations: Operation[] = [];
let head: bigint;

const isSchema = (u: unknown): u is Schema =>
  typeof u === 'object' && u !== null && !Array.isArray(u);
const field = (u: unknown, key: string): unknown => (isSchema(u) ? u[key] : undefined);

/** The operations of the served OpenAPI document, read as the fuzzer needs them. */
const operationsOf = (doc: unknown): Operation[] => {
  const paths = field(doc, 'paths');
  if (!isSchema(paths)) throw new Error('no paths in the OpenAPI document');
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(isSchema(methods) ? methods : {}).map(([method, op]) => {
      const parameters = (field(op, 'parameters') as unknown[] | undefined) ?? [];
      const params = (where: string) =>
        parameters.flatMap((p) => {
          const name = field(p, 'name');
          const schema = field(p, 'schema');
          return field(p, 'in') === where && typeof name === 'string' && isSchema(schema)
            ? [{ name, schema, required: field(p, 'required') === true }]
            : [];
        });
      const body = field(
        field(field(field(op, 'requestBody'), 'content'), 'application/json'),
        'schema',
      );
      const roles = field(op, 'x-roles');
      return {
        method,
        path,
        roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [],
        headers: parameters.flatMap((p) => {
          const name = field(p, 'name');
          return field(p, 'in') === 'header' && typeof name === 'string'
            ? [name.toLowerCase()]
            : [];
        }),
        pathParams: params('path'),
        queryParams: params('query'),
        body: isSchema(body) ? body : undefined,
      };
    }),
  );
};

beforeAll(async () => {
  h = await startHarness();
  await publishSeedPolicies(h);
  // The paths the fuzzer uses by default name things that exist, so a bad body is not
  // refused merely for naming nobody.
  await join(h, 'fz-1');
  await openVacancy(h, 'fz-1');
  await h.settle();
  operations = operationsOf(await (await fetch(`${h.url}/openapi.json`)).json());
  head = await h.store.headPosition();
});
afterAll(() => h.close());

const authorization = async (auth: Auth, op: Operation): Promise<Record<string, string>> => {
  if (auth === 'none') return {};
  if (auth === 'forged')
    return {
      authorization: `Bearer ${await issueToken('not-the-server-secret-not-the-secret', {
        id: 'fz-user',
        role: 'hr-admin',
      })}`,
    };
  if (auth === 'garbled') return { authorization: 'Bearer not.a.token' };
  if (auth === 'basic') return { authorization: 'Basic ZnV6ejpmdXp6' };
  if (auth === 'allowed' && op.roles.length === 0) return {};
  const role = auth === 'allowed' ? op.roles[0] : auth.role;
  if (
    role !== 'hr-admin' &&
    role !== 'manager' &&
    role !== 'approver' &&
    role !== 'planner' &&
    role !== 'auditor'
  )
    throw new Error(`no such role ${String(role)}`);
  return { authorization: `Bearer ${await h.token({ id: 'fz-user', role })}` };
};

const stackLike = /\n\s+at\s|node:internal|node_modules|\.[tj]s:\d+:\d+|^\s*at\s/m;

interface Tally {
  requests: number;
  statuses: Record<string, number>;
  defects: Record<string, number>;
  operations: Record<string, number>;
}

const send = async (r: BadRequest, op: Operation, tally: Tally) => {
  const res = await fetch(`${h.url}${r.path}`, {
    method: r.method,
    headers: { ...r.headers, ...(await authorization(r.auth, op)) },
    ...(r.body !== undefined ? { body: r.body } : {}),
  });
  const text = await res.text();
  tally.requests++;
  tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
  tally.defects[r.defect] = (tally.defects[r.defect] ?? 0) + 1;
  tally.operations[r.operation] = (tally.operations[r.operation] ?? 0) + 1;
  return { status: res.status, type: res.headers.get('content-type') ?? '', text };
};

describe('OpenAPI-driven fuzz: every bad request is a 4xx problem and writes nothing', () => {
  it('reads every route from the document, each with a valid base request to spoil', () => {
    expect(operations.length).toBe(h.ladder.routes.length);
    for (const op of operations) {
      const route = h.ladder.routes.find((r) => r.method === op.method && r.path === op.path);
      expect(route, `${op.method} ${op.path}`).toBeDefined();
      // One defect per request needs a base the server accepts, so its refusal names the defect.
      if (op.body !== undefined && route?.body !== undefined)
        expect(E.isRight(decodeInput('body', route.body, exampleOf(op.body))), op.path).toBe(true);
      for (const p of op.pathParams)
        expect(typeof exampleOf(p.schema), `${op.path} ${p.name}`).toBe('string');
    }
  });

  it(
    `answers ${runs} generated bad requests (seed ${seed}) with 4xx problems, naming the field`,
    async () => {
      const tally: Tally = { requests: 0, statuses: {}, defects: {}, operations: {} };
      const arbitrary = fc.oneof(
        ...operations.map((op) => badRequestFor(op).map((r) => ({ r, op }))),
      );
      await fc.assert(
        fc.asyncProperty(arbitrary, async ({ r, op }) => {
          const res = await send(r, op, tally);
          const what = `${r.defect} ${r.method} ${r.path} → ${res.status} ${res.text.slice(0, 300)}`;
          expect(res.status >= 400 && res.status < 500, what).toBe(true);
          if (r.status !== undefined) expect(res.status, what).toBe(r.status);
          expect(res.type, what).toMatch(/^application\/problem\+json/);
          expect(res.text, what).not.toMatch(stackLike);
          const problem = JSON.parse(res.text) as Record<string, unknown>;
          expect(problem, what).toMatchObject({
            status: res.status,
            type: expect.any(String) as string,
            title: expect.any(String) as string,
            detail: expect.any(String) as string,
            code: expect.any(String) as string,
          });
          if (r.field !== undefined) expect(problem['field'], what).toBe(r.field);
          else if (res.status === 400) {
            const named = problem['field'];
            expect(typeof named === 'string' && named !== '', what).toBe(true);
          }
          expect(await h.store.headPosition(), what).toBe(head);
        }),
        { seed, numRuns: runs, endOnFailure: runs > 1000 },
      );
      const written = (await h.store.headPosition()) - head;
      const report = {
        seed,
        runs,
        ...tally,
        fiveHundreds: Object.entries(tally.statuses)
          .filter(([s]) => Number(s) >= 500)
          .reduce((n, [, c]) => n + c, 0),
        eventsWritten: Number(written),
      };
      process.stdout.write(`openapi fuzz: ${JSON.stringify(report)}\n`);
      const file = process.env['LADDER_FUZZ_REPORT'];
      if (file !== undefined && file !== '') writeFileSync(file, JSON.stringify(report, null, 2));
      expect(report.fiveHundreds).toBe(0);
      expect(written).toBe(0n);
      // A new route is fuzzed without anyone listing it here.
      expect(Object.keys(tally.operations).length).toBe(operations.length);
    },
    Math.max(60_000, runs * 200),
  );
});
