import * as E from 'fp-ts/Either';
import { PathReporter } from 'io-ts/PathReporter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type Reply } from '../../test/harness';
import {
  approver,
  auditor,
  hr,
  joinEligibleFamilyWorker,
  managerOf,
  openVacancy,
  planner,
  publishSeedPolicies,
} from '../../test/people';

// The response codecs the OpenAPI document shows, checked against real answers: every read
// is called on a server that has been through a whole regrade, and its body decoded with the
// route's own `response` codec.

let h: Harness;
const today = new Date().toISOString().slice(0, 10);
const manager = { id: 'rm-1', role: 'manager' as const };

beforeAll(async () => {
  h = await startHarness();
  await publishSeedPolicies(h);
  await joinEligibleFamilyWorker(h, 'rw-1');
  await managerOf(h, 'rm-1', ['rw-1']);
  await openVacancy(h, 'rv-1');
  const requested = await h.call('POST', '/regrades', {
    as: manager,
    body: {
      caseId: 'rc-1',
      staffId: 'rw-1',
      jobFamily: 'family-worker',
      fromGrade: 'L1',
      toGrade: 'L2',
      vacancyId: 'rv-1',
    },
  });
  expect(requested.status).toBe(201);
  expect((await h.call('POST', '/regrades/rc-1/approval', { as: approver, body: {} })).status).toBe(
    201,
  );
  const completed = await h.call('POST', '/regrades/rc-1/completion', {
    as: approver,
    body: { completedOn: today },
  });
  expect(completed.status).toBe(201);
  await h.settle();
});
afterAll(() => h.close());

/** One real call per read route, keyed by operationId. */
const reads: Record<string, () => Promise<Reply>> = {
  getStaff: () => h.call('GET', '/staff/rw-1', { as: hr }),
  getVacancy: () => h.call('GET', '/vacancies/rv-1', { as: hr }),
  getPolicy: () => h.call('GET', '/policies/family-worker', { as: hr }),
  getRegrade: () => h.call('GET', '/regrades/rc-1', { as: approver }),
  listRegrades: () => h.call('GET', '/regrades', { as: approver }),
  staffHistory: () => h.call('GET', '/staff/rw-1/history', { as: auditor }),
  staffEligibility: () =>
    h.call('GET', `/staff/rw-1/eligibility?effectiveOn=${today}`, { as: auditor }),
  auditTrail: () => h.call('GET', '/audit/events?limit=5', { as: auditor }),
  verifyHashChain: () => h.call('GET', '/audit/verification', { as: auditor }),
  headcount: () =>
    h.call('GET', `/workforce/headcount?asOf=${today}&groupBy=jobFamily,grade`, { as: planner }),
  openVacancies: () =>
    h.call('GET', `/workforce/vacancies?asOf=${today}&groupBy=grade`, { as: planner }),
  progressionPipeline: () => h.call('GET', `/workforce/pipeline?asOf=${today}`, { as: planner }),
  expiringChecks: () =>
    h.call('GET', `/workforce/expiring?asOf=${today}&withinDays=400`, { as: planner }),
};

describe('response codecs against real answers', () => {
  it('has a real call for every read route', () => {
    const gets = h.ladder.routes.filter((r) => r.method === 'get').map((r) => r.operationId);
    expect(Object.keys(reads).sort()).toEqual([...gets].sort());
  });

  it.each(Object.keys(reads))(
    '%s answers what its response codec declares',
    async (operationId) => {
      const route = h.ladder.routes.find((r) => r.operationId === operationId);
      const call = reads[operationId];
      expect(route?.response, operationId).toBeDefined();
      if (!route?.response || !call) return;
      const res = await call();
      expect(res.status).toBe(route.successStatus);
      const decoded = route.response.decode(res.body);
      expect(E.isRight(decoded) ? [] : PathReporter.report(decoded)).toEqual([]);
    },
  );

  it('decodes the richer states: a filled vacancy, an assessed case, a non-empty page', async () => {
    expect((await reads['getVacancy']?.())?.body).toMatchObject({
      status: 'filled',
      filledBy: { staffId: 'rw-1', regradeCaseId: 'rc-1' },
    });
    expect((await reads['getRegrade']?.())?.body).toMatchObject({
      status: 'completed',
      verdict: { eligible: true },
    });
    const page = (await reads['auditTrail']?.())?.body;
    expect((page?.['entries'] as unknown[]).length).toBeGreaterThan(0);
    const history = (await reads['staffHistory']?.())?.body;
    expect(history?.['events']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ revision: '0', position: expect.any(String) as string }),
      ]),
    );
  });
});
