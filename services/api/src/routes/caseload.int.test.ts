import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/roles';
import { startHarness, type Harness } from '../../test/harness';
import { auditor, hr, monthsAgo, planner } from '../../test/people';

// Caseload allocation over real HTTP (issue 15): a manager allocates their team's cases by the
// rule the framework holds, every refusal names it; reads by role, planners only in aggregate.

let h: Harness;
const manager: Principal = { id: 'tm-1', role: 'manager' };
const stranger: Principal = { id: 'tm-2', role: 'manager' };
const today = new Date().toISOString().slice(0, 10);

const joinSocialWorker = async (staffId: string, grade: string, team: string, hours = 37) => {
  const res = await h.call('POST', '/staff', {
    as: hr,
    body: {
      staffId,
      jobFamily: 'social-worker',
      grade,
      team,
      zone: 'bexley',
      contractedHours: hours,
      joinedOn: monthsAgo(30),
      personal: { name: `Person ${staffId}` },
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
};

const openCase = (
  caseReference: string,
  complexity: number,
  libertyFlags: string[],
  as: Principal = manager,
) =>
  h.call('POST', '/cases', {
    as,
    body: {
      caseReference,
      team: 'east-assessment',
      complexity,
      libertyFlags,
      openedOn: monthsAgo(1),
    },
  });

beforeAll(async () => {
  h = await startHarness();
  await joinSocialWorker('tm-1', 'SW3', 'east-assessment');
  await joinSocialWorker('tm-2', 'SW3', 'west-assessment');
  await joinSocialWorker('sw-2', 'SW2', 'east-assessment', 18.5);
  await joinSocialWorker('sw-3', 'SW3', 'east-assessment');
  for (const reportId of ['sw-2', 'sw-3'])
    expect(
      (
        await h.call('POST', '/staff/tm-1/line-reports', {
          as: hr,
          body: { reportId, assignedOn: monthsAgo(12) },
        })
      ).status,
    ).toBe(201);
});
afterAll(() => h.close());

describe('a manager allocates their team’s cases by the rule', () => {
  it('opens a case by reference, never by name', async () => {
    const opened = await openCase('CIN-100001', 3, ['care-or-court-proceedings']);
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body).toMatchObject({
      caseReference: 'CIN-100001',
      streamName: 'allocation-CIN-100001',
    });
    const before = (await h.allEvents()).length;
    const named = await openCase('Jane Smith', 1, []);
    expect(named.status).toBe(400);
    expect(named.body).toMatchObject({ code: 'validation' });
    expect(JSON.stringify(named.body)).toContain('caseReference');
    expect((await h.allEvents()).length).toBe(before);
  });

  it('refuses a liberty-affecting case to an SW2, naming the rule and the framework version', async () => {
    const before = (await h.allEvents()).length;
    const refused = await h.call('POST', '/cases/CIN-100001/allocation', {
      as: manager,
      body: { staffId: 'sw-2', allocatedOn: today },
    });
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'rule-violation',
      domainCode: 'LibertyAffectingCaseRefused',
    });
    expect(String(refused.body['rule'])).toMatch(
      /v1: Social Worker SW2 holds a case likely to affect a client's liberty only in an emergency/,
    );
    expect((await h.allEvents()).length).toBe(before);
  });

  it('explains the rule for each worker in the line', async () => {
    const options = await h.call('GET', `/cases/CIN-100001/options?asOf=${today}`, { as: manager });
    expect(options.status, JSON.stringify(options.body)).toBe(200);
    const workers = options.body['workers'] as {
      staffId: string;
      fit: { verdict: string; checks: { rule: string; holds: boolean }[] };
    }[];
    expect(workers.map((w) => [w.staffId, w.fit.verdict])).toEqual([
      ['sw-2', 'emergency-only'],
      ['sw-3', 'may-hold'],
    ]);
    expect(workers[0]?.fit.checks[0]).toMatchObject({ holds: false });
  });

  it('takes an SW2 emergency allocation with a reason, lists it for review, and allocates to SW3', async () => {
    const startsAt = new Date(Date.now() - 3_600_000).toISOString();
    const emergency = await h.call('POST', '/cases/CIN-100001/emergency-allocation', {
      as: manager,
      body: { staffId: 'sw-2', startsAt, reason: 'police protection overnight; no SW3 on duty' },
    });
    expect(emergency.status, JSON.stringify(emergency.body)).toBe(201);
    await h.settle();
    const picture = await h.call('GET', '/caseload', { as: manager });
    expect(picture.status).toBe(200);
    expect(picture.body['emergencies']).toMatchObject([
      {
        caseReference: 'CIN-100001',
        staffId: 'sw-2',
        status: 'in-force',
        // The reason is kept in the envelope, not the payload the Kafka topics carry.
        reason: 'police protection overnight; no SW3 on duty',
      },
    ]);
    const moved = await h.call('POST', '/cases/CIN-100001/reallocation', {
      as: manager,
      body: { staffId: 'sw-3', reallocatedOn: today },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
  });

  it('keeps a manager to their own team and line', async () => {
    const other = await openCase('CIN-100002', 1, [], stranger);
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ code: 'forbidden' });
    const planners = await openCase('CIN-100003', 1, [], planner);
    expect(planners.status).toBe(403);
  });
});

describe('caseload reads by role', () => {
  it('gives HR and auditors every worker’s caseload and the DfE measure by team', async () => {
    await h.settle();
    for (const as of [hr, auditor]) {
      const all = await h.call('GET', '/caseload', { as });
      expect(all.status).toBe(200);
      const workers = all.body['workers'] as { staffId: string; cases: number }[];
      expect(workers.find((w) => w.staffId === 'sw-3')?.cases).toBe(1);
    }
    const teams = await h.call('GET', '/caseload/teams', { as: hr });
    expect(teams.body['teams']).toContainEqual({
      team: 'east-assessment',
      caseHolders: 3,
      caseHolderFte: 2.5,
      cases: 1,
      caseload: 0.4,
      unallocated: 0,
    });
  });

  it('gives planners only aggregates, small numbers withheld, and no per-worker list', async () => {
    const teams = await h.call('GET', '/caseload/teams', { as: planner });
    expect(teams.status).toBe(200);
    expect(teams.body['teams']).toContainEqual({
      team: 'east-assessment',
      caseHolders: null,
      caseHolderFte: null,
      cases: null,
      caseload: null,
      unallocated: 0,
      suppressed: true,
    });
    expect((await h.call('GET', '/caseload', { as: planner })).status).toBe(403);
    expect((await h.call('GET', '/cases/CIN-100001/options', { as: planner })).status).toBe(403);
  });
});
