import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prototypeNames } from '../../test/fuzz/names';
import { startHarness, type Harness } from '../../test/harness';
import { roles } from '../auth/roles';
import {
  hr,
  join,
  joinEligibleFamilyWorker,
  monthsAgo,
  openVacancy,
  planner,
  publishSeedPolicies,
} from '../../test/people';

// Bad requests found by an outside client (issue 10), one test per finding: each is a clear
// 4xx problem naming what was wrong, and nothing is written.

let h: Harness;
let head: bigint;
beforeAll(async () => {
  h = await startHarness();
  await publishSeedPolicies(h);
  await join(h, 'hd-1');
  await joinEligibleFamilyWorker(h, 'hw-1');
  await openVacancy(h, 'hv-1');
  head = await h.store.headPosition();
});
afterAll(() => h.close());

/** Nothing a refused request did reached the log. */
const nothingWritten = async () => {
  expect(await h.store.headPosition()).toBe(head);
};

interface Raw {
  readonly status: number;
  readonly type: string;
  readonly body: Record<string, unknown>;
  readonly headers: Headers;
}

const raw = async (method: string, path: string, init: RequestInit = {}): Promise<Raw> => {
  const res = await fetch(`${h.url}${path}`, { method, ...init });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: JSON.parse(text) as Record<string, unknown>,
    headers: res.headers,
  };
};

const expectProblem = (res: Raw, status: number, field?: string) => {
  expect(res.status).toBe(status);
  expect(res.type).toMatch(/^application\/problem\+json/);
  expect(res.body['status']).toBe(status);
  if (field !== undefined) expect(res.body['field']).toBe(field);
};

const bearer = async (as = hr) => ({ authorization: `Bearer ${await h.token(as)}` });
const json = { 'content-type': 'application/json' };

const qualification = { qualification: 'nvq-3', awardedOn: '2024-01-01' };
const withKey = (body: object, key: string, value: string): string =>
  JSON.stringify(body).replace(/}$/, `,${JSON.stringify(key)}:${value}}`);

describe('1. malformed percent-encoding in a path is a 400, not a 500', () => {
  const bad = ['%ZZ', '%', '%FF', '%C0%AF', '%E0%A4%A'];
  it('on every route with a path parameter, with or without a token', async () => {
    const withParams = h.ladder.routes.filter((r) => r.path.includes('{'));
    expect(withParams.length).toBeGreaterThan(10);
    for (const route of withParams)
      for (const value of bad) {
        const path = route.path.replace(/\{\w+\}/, value).replace(/\{\w+\}/g, 'x');
        const res = await raw(route.method.toUpperCase(), path);
        expectProblem(res, 400, 'path');
      }
    const withToken = await raw('GET', '/staff/%ZZ', { headers: await bearer() });
    expectProblem(withToken, 400, 'path');
    await nothingWritten();
  });
});

describe('2. a body that is not what its Content-Encoding says is a 400', () => {
  it.each(['gzip', 'deflate', 'br'])('%s', async (encoding) => {
    const res = await raw('POST', '/staff', {
      headers: { ...json, 'content-encoding': encoding },
      body: 'this is not compressed',
    });
    expectProblem(res, 400, 'Content-Encoding');
    expect(res.body['detail']).toContain(encoding);
    await nothingWritten();
  });
});

describe('3. a deeply nested body is a 400 naming its field, with or without Idempotency-Key', () => {
  const deep = `{"course":${'['.repeat(10_000)}${']'.repeat(10_000)},"completedOn":"2024-01-01"}`;
  it.each<Record<string, string>>([{}, { 'idempotency-key': 'deep-1' }])(
    'headers %o',
    async (extra) => {
      const res = await raw('POST', '/staff/hd-1/training', {
        headers: { ...json, ...(await bearer()), ...extra },
        body: deep,
      });
      expectProblem(res, 400, 'course');
      await nothingWritten();
    },
  );
});

describe('4. body keys named like Object.prototype members are unknown keys', () => {
  it.each(prototypeNames)('%s at top level and nested', async (name) => {
    const top = await raw('POST', '/staff/hd-1/qualifications', {
      headers: { ...json, ...(await bearer()) },
      body: withKey(qualification, name, '1'),
    });
    expectProblem(top, 400, name);
    const joining = {
      staffId: 'hd-2',
      jobFamily: 'family-worker',
      grade: 'L1',
      team: 'north',
      zone: 'north',
      contractedHours: 37,
      joinedOn: '2024-01-01',
    };
    const nested = await raw('POST', '/staff', {
      headers: { ...json, ...(await bearer()) },
      body: withKey(joining, 'personal', withKey({ name: 'Sam' }, name, '"x"')),
    });
    expectProblem(nested, 400, `personal.${name}`);
    await nothingWritten();
  });
});

describe('an empty name is still named', () => {
  it('in a body and in a query', async () => {
    const body = await raw('POST', '/staff/hd-1/qualifications', {
      headers: { ...json, ...(await bearer()) },
      body: withKey(qualification, '', '1'),
    });
    expectProblem(body, 400, '""');
    const query = await raw('GET', '/staff/hd-1?=1', { headers: await bearer() });
    expectProblem(query, 400, '""');
    await nothingWritten();
  });
});

describe('5. query parameters named like Object.prototype members are unknown', () => {
  it.each(prototypeNames)('%s', async (name) => {
    const res = await raw('GET', `/regrades?status=assessed&${name}=1`, {
      headers: await bearer(),
    });
    expectProblem(res, 400, name);
  });
});

describe('6. routes that declare no query parameter refuse any', () => {
  it('on every such route, writes included, and nothing is written', async () => {
    const none = h.ladder.routes.filter((r) => r.query === undefined);
    expect(none.filter((r) => r.write).length).toBeGreaterThan(15);
    for (const route of none) {
      const path = route.path
        .replace('{family}', 'family-worker')
        .replace('{caseReference}', 'HD-0001')
        .replace(/\{\w+\}/g, route.write ? 'hd-1' : 'x');
      const res = await raw(route.method.toUpperCase(), `${path}?bogus=1`, {
        headers: { ...json, ...(await bearer({ id: 'q-1', role: route.roles[0] ?? 'hr-admin' })) },
        ...(route.write ? { body: JSON.stringify(qualification) } : {}),
      });
      expectProblem(res, 400, 'bogus');
    }
    const valid = await raw('POST', '/staff/hd-1/qualifications?bogus=1', {
      headers: { ...json, ...(await bearer()) },
      body: JSON.stringify(qualification),
    });
    expectProblem(valid, 400, 'bogus');
    await nothingWritten();
  });

  it('and a read that takes no body refuses one', async () => {
    // fetch will not send a GET with a body; a plain HTTP client will.
    const headers = { ...json, ...(await bearer()), 'content-length': '7' };
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${h.url}/staff/hd-1`, { method: 'GET', headers }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end('{"x":1}');
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ field: 'body', code: 'validation' });
  });
});

describe('7. an idempotent answer is replayed only to the same subject, role and route', () => {
  const request = {
    caseId: 'hc-1',
    staffId: 'hw-1',
    jobFamily: 'family-worker',
    fromGrade: 'L1',
    toGrade: 'L2',
    vacancyId: 'hv-1',
  };
  it('a manager holding the same subject as an hr-admin is authorized afresh, not replayed to', async () => {
    const key = { 'idempotency-key': 'cross-role-1' };
    const asHr = { id: 'dual-1', role: 'hr-admin' as const };
    const asManager = { id: 'dual-1', role: 'manager' as const };
    const first = await h.call('POST', '/regrades', { as: asHr, body: request, headers: key });
    expect(first.status).toBe(201);
    const written = await h.store.headPosition();
    const crossed = await h.call('POST', '/regrades', {
      as: asManager,
      body: request,
      headers: key,
    });
    expect(crossed.headers.get('idempotent-replayed')).toBeNull();
    expect(crossed.status).toBe(403);
    expect(crossed.body).toMatchObject({ rule: 'managers-act-on-own-reports' });
    const again = await h.call('POST', '/regrades', { as: asHr, body: request, headers: key });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await h.store.headPosition()).toBe(written);
    head = written;
  });

  it('a keyed request refused for bad input keeps no answer: fixed, the same key carries it out', async () => {
    const key = { 'idempotency-key': 'fix-and-retry-1' };
    const bad = await h.call('POST', '/staff/hd-1/training', {
      as: hr,
      body: { course: 'first-aid', completedOn: '2024-02-30' },
      headers: key,
    });
    expect(bad.status).toBe(400);
    const fixed = await h.call('POST', '/staff/hd-1/training', {
      as: hr,
      body: { course: 'first-aid', completedOn: '2024-02-28' },
      headers: key,
    });
    expect(fixed.status).toBe(201);
    expect(fixed.headers.get('idempotent-replayed')).toBeNull();
    head = await h.store.headPosition();
  });

  it('the same key on another route is a request of its own, not a reuse', async () => {
    const key = { 'idempotency-key': 'per-route-1' };
    const training = { course: 'first-aid', completedOn: monthsAgo(1) };
    const a = await h.call('POST', '/staff/hd-1/training', {
      as: hr,
      body: training,
      headers: key,
    });
    const b = await h.call('POST', '/staff/hd-1/qualifications', {
      as: hr,
      body: qualification,
      headers: key,
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    head = await h.store.headPosition();
  });
});

describe('11. only UTF-8 application/json is read', () => {
  it.each([
    'application/vnd.api+json',
    'application/merge-patch+json',
    'text/plain',
    'application/json; charset=utf-7',
    'application/json; charset=utf-16le',
  ])('%s is a 415', async (type) => {
    const res = await raw('POST', '/staff/hd-1/qualifications', {
      headers: { 'content-type': type, ...(await bearer()) },
      body: JSON.stringify(qualification),
    });
    expectProblem(res, 415);
    await nothingWritten();
  });
  it('application/json with or without charset=utf-8 is read', async () => {
    for (const type of ['application/json', 'application/json; charset=UTF-8']) {
      const res = await raw('POST', '/staff/hd-1/qualifications', {
        headers: { 'content-type': type, ...(await bearer()) },
        body: JSON.stringify(qualification),
      });
      expect(res.status).toBe(201);
    }
    head = await h.store.headPosition();
  });
});

describe('12. refusals are written for people', () => {
  it('a planner reading recorded facts is told what they tried and which role it needs', async () => {
    const res = await h.call('GET', '/staff/hd-1/history', { as: planner });
    expect(res.status).toBe(403);
    expect(res.body['detail']).toBe(
      "A planner may not read a person's recorded facts as known at an instant. This needs the role auditor, hr-admin or manager.",
    );
  });

  it('on every route, for every role it refuses', async () => {
    let refusals = 0;
    // A public route (signing in) names no role and refuses none.
    for (const route of h.ladder.routes.filter((r) => r.roles.length > 0))
      for (const role of roles.filter((r) => !route.roles.includes(r))) {
        const path = route.path.replace(/\{\w+\}/g, 'x');
        const res = await raw(route.method.toUpperCase(), path, {
          headers: { ...json, ...(await bearer({ id: 'r-1', role })) },
          ...(route.write ? { body: '{}' } : {}),
        });
        const detail = String(res.body['detail']);
        expect(detail).toMatch(
          /^An? [A-Za-z ]+ may not [a-z][^.]+\. This needs the role [a-z, -]+\.$/,
        );
        expect(detail).not.toMatch(/may not read (read|list|verify)/);
        refusals++;
      }
    expect(refusals).toBeGreaterThan(100);
  });
});
