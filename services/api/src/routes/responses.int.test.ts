import * as E from 'fp-ts/Either';
import { PathReporter } from 'io-ts/PathReporter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type Reply } from '../../test/harness';
import { unknownKeys } from '../http/codec-walk';
import { defaultSessionLimits } from '../auth/sign-in';
import type { Route } from '../http/route';
import {
  approver,
  auditor,
  hr,
  join,
  joinEligibleFamilyWorker,
  managerOf,
  monthsAgo,
  openVacancy,
  planner,
  publishSeedPolicies,
} from '../../test/people';

// The response codecs the OpenAPI document shows, checked against real answers: every read
// is called on a server that has been through a whole regrade, and its body decoded with the
// route's own `response` codec — strictly: a field the codec (and so the schema, which says
// `additionalProperties: false`) does not name fails, as do missing or mistyped ones. Every
// write's 201 is checked the same way.

let h: Harness;
const today = new Date().toISOString().slice(0, 10);
const manager = { id: 'rm-1', role: 'manager' as const };
/** A second HR admin: an erasure is approved by someone other than its asker. */
const secondHr = { id: 'hr-2', role: 'hr-admin' as const };

/** Every answer the server gave in this file, to check the writes' answers afterwards. */
const answers: { method: string; path: string; reply: Reply }[] = [];

/** Why `body` is not what `codec` declares: decode failures and undeclared fields. */
const strictly = (route: Route, body: unknown): string[] => {
  if (route.response === undefined) return ['no response codec'];
  const decoded = route.response.decode(body);
  if (E.isLeft(decoded)) return PathReporter.report(decoded);
  return unknownKeys(route.response, body).map((field) => `${field} is not in the schema`);
};

const routeOf = (method: string, path: string): Route | undefined =>
  h.ladder.routes.find(
    (r) =>
      r.method === method.toLowerCase() &&
      new RegExp(`^${r.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(path.split('?')[0] ?? ''),
  );

const created = async (method: string, path: string, as: typeof hr, body: unknown) => {
  const reply = await h.call(method, path, { as, body });
  expect(reply.status, `${path} ${JSON.stringify(reply.body)}`).toBe(201);
  return reply;
};

beforeAll(async () => {
  // The demo sign-in on, so its people are answered too (none is a manager on an empty store).
  const harness = await startHarness({
    signIn: { demo: true, oidc: null, session: defaultSessionLimits, trustProxy: false },
  });
  h = {
    ...harness,
    call: async (method, path, options) => {
      const reply = await harness.call(method, path, options);
      answers.push({ method, path, reply });
      return reply;
    },
  };
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

  // The other writes, once each, so every write route's answer is checked below.
  await created('POST', '/frameworks/youth-worker/versions', hr, {
    document: {
      family: 'youth-worker',
      version: 1,
      effectiveFrom: '2025-01-01',
      title: 'Youth Worker',
      employer: 'A council',
      route: 'assessment',
      grades: [
        {
          code: 'YW1',
          label: 'Youth Worker 1',
          spanOfControl: 0,
          censusRole: 'not-a-social-worker',
        },
        {
          code: 'YW2',
          label: 'Youth Worker 2',
          spanOfControl: 3,
          censusRole: 'not-a-social-worker',
        },
      ],
    },
  });
  const reg = { regulator: 'Social Work England', registrationNumber: 'SW1' };
  await created('POST', '/staff/rw-1/registrations', hr, { ...reg, registeredOn: '2020-01-01' });
  await created('POST', '/staff/rw-1/registration-lapses', hr, { ...reg, lapsedOn: today });
  await created('POST', '/staff/rw-1/dbs-checks', hr, {
    level: 'enhanced',
    checkedOn: '2024-01-01',
    updateService: true,
  });
  const q = await created('POST', '/staff/rw-1/qualifications', hr, {
    qualification: 'nvq-3',
    awardedOn: '2020-01-01',
  });
  await created('POST', '/staff/rw-1/retractions', hr, {
    eventId: (q.body['eventIds'] as string[])[0],
    reason: 'recorded against the wrong person',
  });
  await created('POST', '/staff/rm-1/line-report-endings', hr, {
    reportId: 'rw-1',
    endedOn: today,
  });
  for (const id of ['rw-2', 'rw-3', 'rw-4']) await join(h, id);
  // A manager whose list has someone with a DBS check falling due.
  await managerOf(h, 'rm-2', ['rw-3', 'rw-4']);
  await created('POST', '/staff/rw-3/dbs-checks', hr, {
    level: 'enhanced',
    checkedOn: monthsAgo(35),
    updateService: false,
  });
  await created('POST', '/staff/rw-2/grade-changes', hr, { to: 'L2', changedOn: today });
  await created('POST', '/staff/rw-2/leaving', hr, { leftOn: today });
  const caseFor = (caseId: string, staffId: string, vacancyId: string) => ({
    caseId,
    staffId,
    jobFamily: 'family-worker',
    fromGrade: 'L1',
    toGrade: 'L2',
    vacancyId,
  });
  await openVacancy(h, 'rv-4');
  await openVacancy(h, 'rv-5');
  await created('POST', '/regrades', hr, caseFor('rc-2', 'rw-3', 'rv-4'));
  await created('POST', '/regrades/rc-2/assessments', hr, { effectiveOn: today });
  await created('POST', '/regrades/rc-2/rejection', approver, { reason: 'not yet' });
  await created('POST', '/regrades', hr, caseFor('rc-3', 'rw-4', 'rv-5'));
  await created('POST', '/regrades/rc-3/withdrawal', hr, { reason: 'asked too early' });
  await openVacancy(h, 'rv-2');
  await created('POST', '/vacancies/rv-2/withdrawal', hr, {
    withdrawnOn: today,
    reason: 'post deleted',
  });
  await openVacancy(h, 'rv-3');
  await created('POST', '/vacancies/rv-3/filling', hr, { staffId: 'rw-4', filledOn: today });
  // Caseload (issue 15): rm-3's team's cases, allocated, reallocated, held in an emergency, closed.
  await created('POST', '/staff', hr, {
    staffId: 'rs-2',
    jobFamily: 'social-worker',
    grade: 'SW2',
    team: 'north-early-help',
    zone: 'north',
    contractedHours: 37,
    joinedOn: monthsAgo(30),
  });
  for (const id of ['rw-5', 'rw-6']) await join(h, id);
  const caseManager = await managerOf(h, 'rm-3', ['rw-5', 'rw-6', 'rs-2']);
  const opening = (caseReference: string, complexity: number, libertyFlags: string[]) => ({
    caseReference,
    team: 'north-early-help',
    complexity,
    libertyFlags,
    openedOn: today,
  });
  await created('POST', '/cases', caseManager, opening('EH-0001', 1, []));
  await created('POST', '/cases/EH-0001/allocation', caseManager, {
    staffId: 'rw-5',
    allocatedOn: today,
  });
  await created('POST', '/cases/EH-0001/reallocation', caseManager, {
    staffId: 'rw-6',
    reallocatedOn: today,
  });
  await created('POST', '/cases/EH-0001/closure', caseManager, { closedOn: today });
  await created('POST', '/cases', caseManager, opening('CIN-0002', 3, ['secure-accommodation']));
  await created('POST', '/cases/CIN-0002/emergency-allocation', caseManager, {
    staffId: 'rs-2',
    startsAt: new Date().toISOString(),
    reason: 'out of hours',
  });
  // The census's facts (issue 20) about the social worker, so the return has a record to write.
  await created('POST', '/staff/rs-2/registrations', hr, { ...reg, registeredOn: monthsAgo(30) });
  const absence = { reason: 'sickness', startedOn: monthsAgo(2) };
  await created('POST', '/staff/rs-2/absences', hr, absence);
  await created('POST', '/staff/rs-2/absence-ends', hr, {
    startedOn: absence.startedOn,
    endedOn: today,
    workingDaysLost: 12.5,
  });
  await created('POST', '/staff/rs-2/kss-statuses', hr, {
    status: 'practitioner',
    recognisedOn: monthsAgo(30),
  });
  // Personal data (issue 14): one erasure asked and approved by two HR admins, one left open.
  for (const id of ['rw-8', 'rw-9']) await join(h, id);
  const asked = { as: hr, headers: { 'X-Reason': 'asked under UK GDPR article 17' } };
  for (const [staffId, requestId] of [
    ['rw-8', 'er-8'],
    ['rw-9', 'er-9'],
  ] as const) {
    const reply = await h.call('POST', `/staff/${staffId}/erasure-requests`, {
      ...asked,
      body: { requestId },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  }
  await created('POST', '/staff/rw-9/erasure-requests/er-9/approval', secondHr, {});
  await h.settle();
});
afterAll(() => h.close());

/** One real call per read route, keyed by operationId. */
const reads: Record<string, () => Promise<Reply>> = {
  getAllocationOptions: () =>
    h.call('GET', '/cases/CIN-0002/options', { as: { id: 'rm-3', role: 'manager' } }),
  getCaseload: () => h.call('GET', '/caseload', { as: { id: 'rm-3', role: 'manager' } }),
  getCaseloadByTeam: () => h.call('GET', '/caseload/teams', { as: planner }),
  getStaff: () => h.call('GET', '/staff/rw-1', { as: hr }),
  getVacancy: () => h.call('GET', '/vacancies/rv-1', { as: hr }),
  getPolicy: () => h.call('GET', '/policies/family-worker', { as: hr }),
  listFrameworks: () => h.call('GET', `/frameworks?on=${today}`, { as: planner }),
  getFramework: () => h.call('GET', '/frameworks/family-worker', { as: manager }),
  getRegrade: () => h.call('GET', '/regrades/rc-1', { as: approver }),
  listRegrades: () => h.call('GET', '/regrades', { as: approver }),
  regradeHistory: () => h.call('GET', '/regrades/rc-2/history', { as: approver }),
  lineReports: () => h.call('GET', '/staff/rm-2/reports', { as: hr }),
  searchStaff: () => h.call('GET', '/staff?search=rw&limit=2', { as: hr }),
  listOpenVacancies: () =>
    h.call('GET', '/vacancies?status=open&jobFamily=family-worker&grade=L2', { as: planner }),
  staffHistory: () => h.call('GET', '/staff/rw-1/history', { as: auditor }),
  staffTimeline: () => h.call('GET', '/audit/staff/rw-1/timeline', { as: auditor }),
  staffEligibility: () =>
    h.call('GET', `/staff/rw-1/eligibility?effectiveOn=${today}`, { as: auditor }),
  auditTrail: () => h.call('GET', '/audit/events?limit=5', { as: auditor }),
  verifyHashChain: () => h.call('GET', '/audit/verification', { as: auditor }),
  getVerification: async () => {
    const started = await h.call('POST', '/audit/verifications', {
      as: auditor,
      body: { staffId: 'rw-1' },
    });
    return h.call('GET', started.headers.get('location') ?? '', { as: auditor });
  },
  headcount: () =>
    h.call('GET', `/workforce/headcount?asOf=${today}&groupBy=jobFamily,grade`, { as: planner }),
  openVacancies: () =>
    h.call('GET', `/workforce/vacancies?asOf=${today}&groupBy=grade`, { as: planner }),
  progressionPipeline: () => h.call('GET', `/workforce/pipeline?asOf=${today}`, { as: planner }),
  exportPlannerTable: () =>
    h.call('GET', `/exports/workforce/headcount?asOf=${today}&groupBy=team`, { as: planner }),
  exportAuditTrail: () => h.call('GET', '/exports/audit?staffId=rw-1', { as: auditor }),
  expiringChecks: () =>
    h.call('GET', `/workforce/expiring?asOf=${today}&withinDays=400`, { as: planner }),
  headcountSeries: () =>
    h.call('GET', '/workforce/headcount/series?groupBy=grade,team', { as: planner }),
  expiringByMonth: () =>
    h.call('GET', `/workforce/expiring/months?asOf=${today}&months=24`, { as: planner }),
  censusPreview: () => h.call('GET', '/census/csww/preview', { as: planner }),
  censusReturn: () => h.call('GET', '/census/csww', { as: hr }),
  openErasureRequests: () => h.call('GET', '/erasure-requests', { as: secondHr }),
  subjectAccess: () => h.call('GET', '/staff/rw-1/subject-access', { as: hr }),
  retentionSchedule: () => h.call('GET', '/retention/schedule', { as: hr }),
  retentionJobs: () => h.call('GET', '/retention/jobs', { as: hr }),
  retentionJob: async () => {
    const started = await h.call('POST', '/retention/dry-runs', { as: hr, body: {} });
    return h.call('GET', started.headers.get('location') ?? '', { as: hr });
  },
  signInOptions: () => h.call('GET', '/auth/options'),
  currentSession: () => h.call('GET', '/auth/session', { as: planner }),
  demoPeople: () => h.call('GET', '/auth/demo/people'),
};

describe('response codecs against real answers', () => {
  it('has a real call for every read route', () => {
    // A redirect (signing in with the provider) has no body to check.
    const gets = h.ladder.routes
      .filter((r) => r.method === 'get' && r.successStatus !== 302)
      .map((r) => r.operationId);
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
      if (route.produces === 'text/csv') {
        // A file: named for the browser, a BOM, then a header line and rows.
        expect(res.headers.get('content-disposition')).toMatch(
          /^attachment; filename="[\w.-]+\.csv"$/,
        );
        expect(res.body['value']).toMatch(/^\uFEFF?[a-z_A-Z]+(,[a-z_A-Z]+)+\r\n/);
        return;
      }
      if (route.produces === 'application/xml') {
        // The census return: named for the browser, an XML document.
        expect(res.headers.get('content-disposition')).toMatch(
          /^attachment; filename="[\w.-]+\.xml"$/,
        );
        expect(res.body['value']).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
        return;
      }
      expect(strictly(route, res.body)).toEqual([]);
    },
  );

  it('every write answers exactly what its response codec declares, nothing more', () => {
    const writes = answers.filter((a) => a.method === 'POST' && a.reply.status === 201);
    const checked = new Set<string>();
    for (const { method, path, reply } of writes) {
      const route = routeOf(method, path);
      expect(route, path).toBeDefined();
      if (route === undefined) continue;
      expect(strictly(route, reply.body), path).toEqual([]);
      checked.add(route.operationId);
    }
    const everyWrite = h.ladder.routes.filter((r) => r.write).map((r) => r.operationId);
    expect([...checked].sort()).toEqual([...everyWrite].sort());
  });

  it('a strict check fails on a field the schema does not name', () => {
    const route = h.ladder.routes.find((r) => r.operationId === 'getVacancy');
    if (route === undefined) throw new Error('no getVacancy');
    const extra = { status: 'open', vacancyId: 'v', jobFamily: 'family-worker', grade: 'L2', x: 1 };
    expect(strictly(route, extra)).toEqual(['x is not in the schema']);
  });

  it('decodes the richer states: a filled vacancy, an assessed case, a non-empty page', async () => {
    expect((await reads['getVacancy']?.())?.body).toMatchObject({
      status: 'filled',
      filledBy: { staffId: 'rw-1', regradeCaseId: 'rc-1' },
    });
    expect((await reads['getRegrade']?.())?.body).toMatchObject({
      status: 'completed',
      verdict: { eligible: true },
    });
    const reports = (await reads['lineReports']?.())?.body;
    expect(reports?.['reports']).toEqual([
      expect.objectContaining({
        staffId: 'rw-3',
        verdict: expect.objectContaining({ toGrade: 'L2' }) as unknown,
        due: [expect.objectContaining({ kind: 'dbs', overdue: false })],
      }),
      expect.objectContaining({ staffId: 'rw-4' }),
    ]);
    const vacancies = (await reads['listOpenVacancies']?.())?.body;
    expect((vacancies?.['vacancies'] as unknown[]).length).toBeGreaterThan(0);
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
