import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness';
import {
  approver,
  hr,
  joinEligibleFamilyWorker,
  managerOf,
  openVacancy,
  planner,
  publishSeedPolicies,
  regradeToL2,
} from '../../test/people';

// The lists the pages use: a manager's reports and own cases, the approvals queue, the open
// vacancies — each for the roles that may see it, and planners still see no person.

let h: Harness;
const manager = { id: 'lm-1', role: 'manager' as const };
const otherManager = { id: 'lm-2', role: 'manager' as const };

const request = (caseId: string, staffId: string, vacancyId: string, as = manager) =>
  h.call('POST', '/regrades', { as, body: regradeToL2(caseId, staffId, vacancyId) });

beforeAll(async () => {
  h = await startHarness();
  await publishSeedPolicies(h);
  await joinEligibleFamilyWorker(h, 'lw-1', 'east');
  await joinEligibleFamilyWorker(h, 'lw-2', 'east');
  await joinEligibleFamilyWorker(h, 'lw-3', 'west');
  await managerOf(h, manager.id, ['lw-1', 'lw-2']);
  await managerOf(h, otherManager.id, ['lw-3']);
  await openVacancy(h, 'lv-east', 'L2', 'east');
  await openVacancy(h, 'lv-west', 'L2', 'west');
  expect((await request('lc-1', 'lw-1', 'lv-east')).status).toBe(201);
  expect((await request('lc-2', 'lw-3', 'lv-west', otherManager)).status).toBe(201);
  await h.settle();
});
afterAll(() => h.close());

describe("a manager's direct reports", () => {
  it('lists their own reports with grade, team, the verdict in brief and open cases', async () => {
    const res = await h.call('GET', '/staff/lm-1/reports', { as: manager });
    expect(res.status).toBe(200);
    expect(res.body['reports']).toEqual([
      expect.objectContaining({
        staffId: 'lw-1',
        grade: 'L1',
        team: 'east',
        verdict: expect.objectContaining({ toGrade: 'L2', eligible: true }) as unknown,
        openCases: [expect.objectContaining({ caseId: 'lc-1', state: 'assessed' })],
      }),
      expect.objectContaining({ staffId: 'lw-2', openCases: [] }),
    ]);
  });

  it("refuses another manager's list, and planners", async () => {
    expect((await h.call('GET', '/staff/lm-2/reports', { as: manager })).status).toBe(403);
    expect((await h.call('GET', '/staff/lm-1/reports', { as: planner })).status).toBe(403);
  });
});

describe('regrade case lists', () => {
  it("gives a manager their own requests (requestedBy=me), and refuses anyone else's", async () => {
    const mine = await h.call('GET', '/regrades?requestedBy=me', { as: manager });
    expect(mine.status).toBe(200);
    expect((mine.body['cases'] as { caseId: string }[]).map((c) => c.caseId)).toEqual(['lc-1']);
    expect((await h.call('GET', '/regrades', { as: manager })).status).toBe(403);
    expect((await h.call('GET', '/regrades?requestedBy=lm-2', { as: manager })).status).toBe(403);
  });

  it('gives an approver the cases waiting for a decision, oldest request first', async () => {
    const queue = await h.call('GET', '/regrades?status=assessed', { as: approver });
    expect(queue.status).toBe(200);
    const cases = queue.body['cases'] as { caseId: string; requestedBy: string }[];
    expect(cases.map((c) => [c.caseId, c.requestedBy])).toEqual([
      ['lc-1', 'lm-1'],
      ['lc-2', 'lm-2'],
    ]);
  });
});

describe('staff search for HR admins', () => {
  it('finds by part of a name or an id, any case, a page at a time', async () => {
    const byName = await h.call('GET', '/staff?search=PERSON%20LW-2', { as: hr });
    expect(byName.status).toBe(200);
    expect(byName.body['staff']).toEqual([
      expect.objectContaining({ staffId: 'lw-2', name: 'Person lw-2', team: 'east' }),
    ]);
    const first = await h.call('GET', '/staff?search=lw-&limit=2', { as: hr });
    expect((first.body['staff'] as { staffId: string }[]).map((s) => s.staffId)).toEqual([
      'lw-1',
      'lw-2',
    ]);
    expect(first.body['nextCursor']).toBe('lw-2');
    const next = await h.call('GET', '/staff?search=lw-&limit=2&cursor=lw-2', { as: hr });
    expect((next.body['staff'] as { staffId: string }[]).map((s) => s.staffId)).toEqual(['lw-3']);
    expect(next.body['nextCursor']).toBeNull();
  });

  it('matches a typed % or _ as itself, and filters by team and grade', async () => {
    const wild = await h.call('GET', '/staff?search=%25', { as: hr });
    expect(wild.body['staff']).toEqual([]);
    const west = await h.call('GET', '/staff?team=west&grade=L1', { as: hr });
    expect((west.body['staff'] as { staffId: string }[]).map((s) => s.staffId)).toEqual(['lw-3']);
  });

  it('names nobody to planners or managers', async () => {
    expect((await h.call('GET', '/staff?search=lw', { as: planner })).status).toBe(403);
    expect((await h.call('GET', '/staff?search=lw', { as: manager })).status).toBe(403);
  });
});

describe('open vacancies', () => {
  it('lists open posts by family, grade and team, for planners too', async () => {
    const res = await h.call('GET', '/vacancies?status=open&grade=L2&team=east', { as: planner });
    expect(res.status).toBe(200);
    expect(res.body['vacancies']).toEqual([
      expect.objectContaining({ vacancyId: 'lv-east', grade: 'L2', team: 'east' }),
    ]);
    const all = await h.call('GET', '/vacancies', { as: hr });
    expect((all.body['vacancies'] as unknown[]).length).toBe(2);
  });

  it('refuses any status but open (a filled post names who filled it)', async () => {
    expect((await h.call('GET', '/vacancies?status=filled', { as: planner })).status).toBe(400);
  });
});
