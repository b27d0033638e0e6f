import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../auth/tokens';
import { openSessionStore } from '../auth/sessions';
import { defaultSessionLimits } from '../auth/sign-in';
import { createVerifier } from '../auth/verifier';
import { createHttpApp } from './http-app';
import { openIdempotencyStore } from './idempotency';
import { listen, type Listening } from './listen';
import { apiError } from './problem';
import { defineRoute } from './route';

// The generic edge against a real server on a free port, with two small routes of its own.

const secret = 'edge-test-secret-edge-test-secret';
const Note = t.intersection([
  t.type({ title: t.string, tags: t.array(t.keyof({ a: null, b: null })) }),
  t.partial({ nested: t.type({ level: t.number }) }),
]);
let calls = 0;
const routes = [
  defineRoute({
    method: 'post',
    path: '/notes/{noteId}',
    operationId: 'writeNote',
    summary: 'Write a note',
    tag: 'test',
    roles: ['hr-admin'],
    write: true,
    successStatus: 201,
    params: t.type({ noteId: t.string }),
    body: Note,
    handle: ({ params, body }, ctx) => {
      calls++;
      if (body.title === 'refuse')
        return Promise.resolve(
          E.left(apiError('rule-violation', 'refused', { rule: 'no-refuse' })),
        );
      return Promise.resolve(
        E.right({
          status: 201,
          body: {
            noteId: params.noteId,
            call: calls,
            actor: ctx.principal,
            correlationId: ctx.correlationId,
          },
          etag: BigInt(calls),
        }),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/boom',
    operationId: 'boom',
    summary: 'Fail',
    tag: 'test',
    roles: ['auditor'],
    write: false,
    successStatus: 200,
    handle: () => Promise.reject(new Error('secret internals at /srv/x.ts:1')),
  }),
];

let server: Listening;
let admin = '';
let auditor = '';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-edge-'));
  const app = createHttpApp({
    routes,
    verifier: createVerifier({ kind: 'hs256', secret }),
    idempotency: openIdempotencyStore(join(dir, 'api.sqlite')),
    sessions: openSessionStore(join(dir, 'sessions.sqlite'), defaultSessionLimits),
    logger: pino({ level: 'silent' }),
    readiness: () => Promise.resolve({ ready: true, checks: {} }),
    projectionLag: () => Promise.resolve(3),
    bodyLimit: '1kb',
  });
  server = await listen(app);
  admin = await issueToken(secret, { id: 'u-admin', role: 'hr-admin' });
  auditor = await issueToken(secret, { id: 'u-audit', role: 'auditor' });
});
afterAll(() => server.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const good = { title: 'x', tags: ['a'] };

describe('problem documents', () => {
  it('names the field of a bad body, nested and in arrays', async () => {
    const res = await post('/notes/n1', {
      title: 'x',
      tags: ['a', 'zz'],
      nested: { level: 'high' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const p = (await res.json()) as Record<string, unknown>;
    expect(p).toMatchObject({
      status: 400,
      code: 'validation',
      field: 'tags[1]',
      type: '/problems/validation',
    });
    expect(p['errors']).toEqual(
      expect.arrayContaining([expect.objectContaining({ in: 'body', field: 'nested.level' })]),
    );
  });

  it('names a missing field and an unknown one', async () => {
    const missing = (await (await post('/notes/n1', { tags: [] })).json()) as Record<
      string,
      unknown
    >;
    expect(missing['field']).toBe('title');
    const unknown = await post('/notes/n1', { ...good, titel: 'typo' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as Record<string, unknown>)['field']).toBe('titel');
  });

  it('refuses malformed JSON (400), a wrong media type (415) and an oversized body (413)', async () => {
    expect((await post('/notes/n1', '{"title": ')).status).toBe(400);
    expect((await post('/notes/n1', 'title=x', { 'content-type': 'text/plain' })).status).toBe(415);
    const big = await post('/notes/n1', { title: 'x'.repeat(5000), tags: [] });
    expect(big.status).toBe(413);
    expect(((await big.json()) as Record<string, unknown>)['code']).toBe('payload-too-large');
  });

  it('answers 401 without or with a bad token, 403 for the wrong role, 404 for no route', async () => {
    expect((await post('/notes/n1', good, { authorization: '' })).status).toBe(401);
    const forged = await issueToken('another-secret-another-secret!!', {
      id: 'x',
      role: 'hr-admin',
    });
    expect((await post('/notes/n1', good, { authorization: `Bearer ${forged}` })).status).toBe(401);
    const forbidden = await post('/notes/n1', good, { authorization: `Bearer ${auditor}` });
    expect(forbidden.status).toBe(403);
    expect((await fetch(`${server.url}/nowhere`)).status).toBe(404);
  });

  it('maps a handler refusal to its status and rule', async () => {
    const res = await post('/notes/n1', { title: 'refuse', tags: [] });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ rule: 'no-refuse', code: 'rule-violation' });
  });

  it('never leaks a stack trace; quotes the correlation id instead', async () => {
    const res = await fetch(`${server.url}/boom`, {
      headers: { authorization: `Bearer ${auditor}`, 'x-correlation-id': 'corr-123' },
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/secret internals|\.ts:|at /);
    expect(JSON.parse(text)).toMatchObject({ correlationId: 'corr-123', code: 'internal' });
  });

  it('refuses a malformed If-Match naming the header', async () => {
    const res = await post('/notes/n1', good, { 'if-match': 'seven' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: 'If-Match' });
  });
});

describe('correlation, idempotency, ETag', () => {
  it('echoes a correlation id or makes one, and hands it to the handler', async () => {
    const res = await post('/notes/n2', good, { 'x-correlation-id': 'abc-1' });
    expect(res.headers.get('x-correlation-id')).toBe('abc-1');
    expect(await res.json()).toMatchObject({
      correlationId: 'abc-1',
      actor: { id: 'u-admin', role: 'hr-admin' },
    });
    const fresh = await post('/notes/n2', good);
    expect(fresh.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('replays the first answer to a retry with the same key without running the command again', async () => {
    const first = await post('/notes/n3', good, { 'idempotency-key': 'key-1' });
    const before = calls;
    const retry = await post('/notes/n3', good, { 'idempotency-key': 'key-1' });
    expect(calls).toBe(before);
    expect(retry.status).toBe(first.status);
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
  });

  it('refuses the same key on a different request', async () => {
    await post('/notes/n4', good, { 'idempotency-key': 'key-2' });
    const other = await post(
      '/notes/n4',
      { title: 'other', tags: [] },
      { 'idempotency-key': 'key-2' },
    );
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ code: 'idempotency-key-reused' });
  });
});

describe('operational endpoints', () => {
  it('serves health, readiness, metrics and a generated OpenAPI document', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(
      /ladder_http_request_duration_seconds_bucket\{.*route="\/notes\/:noteId"/,
    );
    expect(metrics).toMatch(/ladder_projection_lag_events 3/);
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody: { content: Record<string, { schema: unknown }> } }>
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(
      doc.paths['/notes/{noteId}']?.['post']?.requestBody.content['application/json']?.schema,
    ).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string' },
        tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } },
        nested: {
          type: 'object',
          properties: { level: { type: 'number' } },
          required: ['level'],
          additionalProperties: false,
        },
      },
      required: ['title', 'tags'],
      additionalProperties: false,
    });
  });
});

describe('problem types and conditional reads', () => {
  it('resolves a problem type URI to what it means', async () => {
    const res = await fetch(`${server.url}/problems/precondition-failed`);
    expect(await res.json()).toEqual({
      type: '/problems/precondition-failed',
      code: 'precondition-failed',
      title: 'If-Match does not match the current revision',
      status: 412,
    });
    expect((await fetch(`${server.url}/problems/nonsense`)).status).toBe(404);
  });
});
