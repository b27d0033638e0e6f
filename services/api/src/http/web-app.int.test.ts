import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSessionStore } from '../auth/sessions';
import { defaultSessionLimits } from '../auth/sign-in';
import { createVerifier } from '../auth/verifier';
import { createHttpApp } from './http-app';
import { openIdempotencyStore } from './idempotency';
import { listen, type Listening } from './listen';
import { defineRoute } from './route';
import { webApp } from './web-app';

// The web app's mount on a real server: page paths get index.html, assets are served, and every
// other path (API routes, /openapi.json, unknown paths) answers as it did without the pages.

let server: Listening;
const dir = mkdtempSync(join(tmpdir(), 'ladder-web-app-'));
const dist = join(dir, 'dist');

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>pages</title>');
  writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
  const web = webApp(dist);
  if (web === null) throw new Error('webApp found no index.html');
  const app = createHttpApp({
    routes: [
      defineRoute({
        method: 'get',
        path: '/staff/{staffId}',
        operationId: 'readStaff',
        summary: 'A route under an API path',
        tag: 'test',
        roles: ['hr-admin'],
        write: false,
        successStatus: 200,
        params: t.type({ staffId: t.string }),
        handle: () => Promise.resolve(E.right({ status: 200, body: {} })),
      }),
    ],
    verifier: createVerifier({ kind: 'hs256', secret: 'web-app-test-secret-web-app-test' }),
    idempotency: openIdempotencyStore(join(dir, 'api.sqlite')),
    sessions: openSessionStore(join(dir, 'sessions.sqlite'), defaultSessionLimits),
    logger: pino({ level: 'silent' }),
    readiness: () => Promise.resolve({ ready: true, checks: {} }),
    projectionLag: () => Promise.resolve(0),
    web,
  });
  server = await listen(app);
});
afterAll(() => server.close());

const get = (path: string) => fetch(`${server.url}${path}`, { headers: { Accept: 'text/html' } });

describe('the web app mount', () => {
  it.each([
    '/',
    '/sign-in',
    '/team',
    '/people/s1',
    '/people/s1/regrade',
    '/my-cases',
    '/approvals',
    '/cases/c-1',
  ])('page path %s gets index.html, not cached, with its content security policy', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toContain('<title>pages</title>');
  });

  it('serves a built asset, cacheable for good', async () => {
    const response = await get('/assets/app-1a2b.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it.each([
    ['an API route', '/staff/s1', 401],
    ['the OpenAPI document', '/openapi.json', 200],
    ['an unknown path', '/nowhere', 404],
    ['a missing asset', '/assets/none.js', 404],
  ])('leaves %s to the API (JSON, never the page)', async (_what, path, status) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/json/);
  });

  it('POST to a page path is not a page', async () => {
    const response = await fetch(`${server.url}/team`, { method: 'POST' });
    expect(response.status).toBe(404);
  });

  it('is absent when the app has not been built', () => {
    expect(webApp(join(dir, 'not-built'))).toBeNull();
  });
});
