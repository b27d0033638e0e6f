import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness';
import { auditor, hr, join, planner, publishSeedPolicies } from '../../test/people';

// Bad input of every kind gets a 400 problem naming the field, and nothing is written.

let h: Harness;
let before = 0;
beforeAll(async () => {
  h = await startHarness();
  await publishSeedPolicies(h);
  await join(h, 'bad-1');
  before = (await h.allEvents()).length;
});
afterAll(() => h.close());

const joinBody = {
  staffId: 'bad-2',
  jobFamily: 'family-worker',
  grade: 'L1',
  team: 'north',
  zone: 'north',
  contractedHours: 37,
  joinedOn: '2024-01-01',
};

const cases: readonly {
  readonly name: string;
  readonly path: string;
  readonly as?: typeof hr;
  readonly method?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly field: string;
  readonly status?: number;
}[] = [
  {
    name: 'missing field',
    path: '/staff',
    body: { ...joinBody, staffId: undefined },
    field: 'staffId',
  },
  {
    name: 'wrong type',
    path: '/staff',
    body: { ...joinBody, contractedHours: '37' },
    field: 'contractedHours',
  },
  // A grade or family outside its pattern; one the frameworks lack is a rule (422), not a shape.
  { name: 'not a grade', path: '/staff', body: { ...joinBody, grade: 'L9;--' }, field: 'grade' },
  {
    name: 'not a family',
    path: '/staff',
    body: { ...joinBody, jobFamily: 'Pilot Family' },
    field: 'jobFamily',
  },
  {
    name: 'impossible date',
    path: '/staff',
    body: { ...joinBody, joinedOn: '2024-02-30' },
    field: 'joinedOn',
  },
  { name: 'unknown field', path: '/staff', body: { ...joinBody, nmae: 'typo' }, field: 'nmae' },
  {
    name: 'nested field',
    path: '/staff',
    body: { ...joinBody, personal: { name: '   ' } },
    field: 'personal.name',
  },
  {
    name: 'nested unknown field',
    path: '/staff',
    body: { ...joinBody, personal: { nickname: 'x' } },
    field: 'personal.nickname',
  },
  {
    name: 'id not usable as a stream',
    path: '/staff',
    body: { ...joinBody, staffId: 'has space' },
    field: 'staffId',
  },
  { name: 'array for object', path: '/staff', body: [joinBody], field: 'body' },
  { name: 'empty body', path: '/staff', body: {}, field: 'staffId' },
  {
    name: 'enum value',
    path: '/staff/bad-1/pdrs',
    body: {
      period: '2024',
      outcome: 'great',
      reviewedOn: '2024-03-01',
      reviewerId: 'r',
      reviewerRole: 'lm',
    },
    field: 'outcome',
  },
  {
    name: 'boolean',
    path: '/staff/bad-1/dbs-checks',
    body: { level: 'enhanced', checkedOn: '2024-03-01', updateService: 'yes' },
    field: 'updateService',
  },
  {
    name: 'path parameter',
    path: '/staff/bad%20id/qualifications',
    body: { qualification: 'x', awardedOn: '2024-01-01' },
    field: 'staffId',
  },
  {
    name: 'deep policy field',
    path: '/policies/family-worker/versions',
    body: {
      document: {
        family: 'family-worker',
        version: 'two',
        effectiveFrom: '2030-01-01',
        title: 't',
        source: 's',
        criteria: [],
      },
    },
    field: 'document.version',
  },
  {
    name: 'array element',
    path: '/policies/family-worker/versions',
    body: {
      document: {
        family: 'family-worker',
        version: 2,
        effectiveFrom: '2030-01-01',
        title: 't',
        source: 's',
        criteria: [{ id: 'c', label: 'l', importance: 'vital', rule: { kind: 'vacancy-open' } }],
      },
    },
    field: 'document.criteria[0].importance',
  },
  {
    name: 'path and body disagree',
    path: '/policies/social-worker/versions',
    body: {
      document: {
        family: 'family-worker',
        version: 2,
        effectiveFrom: '2030-01-01',
        title: 't',
        source: 's',
        criteria: [],
      },
    },
    field: 'document.family',
  },
  { name: 'malformed JSON', path: '/staff', body: '{"staffId": ', field: 'body' },
  {
    name: 'If-Match',
    path: '/staff/bad-1/training',
    body: { course: 'cpd', completedOn: '2024-01-01' },
    headers: { 'if-match': 'yesterday' },
    field: 'If-Match',
  },
  {
    name: 'Idempotency-Key',
    path: '/staff/bad-1/training',
    body: { course: 'cpd', completedOn: '2024-01-01' },
    headers: { 'idempotency-key': 'has spaces in it' },
    field: 'Idempotency-Key',
  },
  {
    name: 'query date',
    method: 'GET',
    as: planner,
    path: '/workforce/headcount?asOf=2024-13-01',
    field: 'asOf',
  },
  {
    name: 'query list',
    method: 'GET',
    as: planner,
    path: '/workforce/headcount?groupBy=grade,colour',
    field: 'groupBy',
  },
  {
    name: 'unknown query parameter',
    method: 'GET',
    as: planner,
    path: '/workforce/headcount?asof=2024-01-01',
    field: 'asof',
  },
  {
    name: 'query number',
    method: 'GET',
    as: auditor,
    path: '/audit/events?limit=0',
    field: 'limit',
  },
  {
    name: 'query instant',
    method: 'GET',
    as: auditor,
    path: '/staff/bad-1/history?knownAt=yesterday',
    field: 'knownAt',
  },
];

describe('bad input', () => {
  it.each(cases)('$name → 400 naming $field', async (c) => {
    const res = await h.call(c.method ?? 'POST', c.path, {
      as: c.as ?? hr,
      ...(c.body !== undefined ? { body: c.body } : {}),
      ...(c.headers ? { headers: c.headers } : {}),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(c.status ?? 400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body['field']).toBe(c.field);
    expect(res.body['status']).toBe(400);
    expect(String(res.body['type'])).toMatch(/^\/problems\//);
  });

  it('wrote nothing for any of them', async () => {
    expect((await h.allEvents()).length).toBe(before);
  });

  it('refuses a body over the limit with 413 and a non-JSON body with 415', async () => {
    const big = await h.call('POST', '/staff/bad-1/experience', {
      as: hr,
      body: { area: 'x', evidencedOn: '2024-01-01', personal: { notes: 'n'.repeat(100_000) } },
    });
    expect(big.status).toBe(413);
    const text = await h.call('POST', '/staff/bad-1/experience', {
      as: hr,
      body: 'area=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect((await h.allEvents()).length).toBe(before);
  });
});
