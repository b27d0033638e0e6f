import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness';
import {
  approver,
  auditor,
  hr,
  join as joinStaff,
  joinEligibleFamilyWorker,
  managerOf,
  openVacancy,
  planner,
  publishSeedPolicies,
} from '../../test/people';

// Each user's journey end to end on a real server: the manager requests, the approver
// approves and completes, the grade changes and the vacancy fills (process manager), the
// planner sees the new headcount, the auditor replays the decision as of when it was made.

let h: Harness;
const today = new Date().toISOString().slice(0, 10);

interface Row {
  readonly group: Record<string, string>;
  readonly count: number;
}
const countOf = (rows: unknown, grade: string): number =>
  (rows as Row[]).filter((r) => r.group['grade'] === grade).reduce((n, r) => n + r.count, 0);

beforeAll(async () => {
  h = await startHarness();
  await publishSeedPolicies(h);
  await joinEligibleFamilyWorker(h, 'jw-1');
  await joinEligibleFamilyWorker(h, 'jw-2');
  // Enough colleagues at each grade that the planner's counts are not withheld as small numbers.
  for (const n of [1, 2, 3, 4, 5]) {
    await joinStaff(h, `jx-${n}`, { grade: 'L1' });
    await joinStaff(h, `jy-${n}`, { grade: 'L2' });
  }
  await managerOf(h, 'jm-1', ['jw-1', 'jw-2']);
  await openVacancy(h, 'jv-1');
  await h.settle();
});
afterAll(() => h.close());

describe('the regrade journey', () => {
  const manager = { id: 'jm-1', role: 'manager' as const };
  let before: { L1: number; L2: number; vacancies: number };
  let decision: { verdict: Record<string, unknown> };

  it('planner sees the workforce before', async () => {
    const hc = await h.call('GET', `/workforce/headcount?asOf=${today}&groupBy=jobFamily,grade`, {
      as: planner,
    });
    expect(hc.status).toBe(200);
    const vac = await h.call('GET', `/workforce/vacancies?asOf=${today}&groupBy=grade`, {
      as: planner,
    });
    before = {
      L1: countOf(hc.body['rows'], 'L1'),
      L2: countOf(hc.body['rows'], 'L2'),
      vacancies: countOf(vac.body['rows'], 'L2'),
    };
    expect(before).toEqual({ L1: 7, L2: 6, vacancies: 1 });
  });

  it('manager requests a regrade for their report and sees the explained verdict', async () => {
    const res = await h.call('POST', '/regrades', {
      as: manager,
      body: {
        caseId: 'jc-1',
        staffId: 'jw-1',
        jobFamily: 'family-worker',
        fromGrade: 'L1',
        toGrade: 'L2',
        vacancyId: 'jv-1',
      },
    });
    expect(res.status).toBe(201);
    const verdict = res.body['verdict'] as Record<string, unknown>;
    expect(verdict).toMatchObject({
      eligible: true,
      staffId: 'jw-1',
      toGrade: 'L2',
      effectiveOn: today,
    });
    expect(verdict['lines']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ criterionId: 'fw-vacancy', status: 'met' }),
      ]),
    );
    decision = { verdict };
  });

  it('approver approves and completes; the grade changes and the vacancy fills', async () => {
    const approved = await h.call('POST', '/regrades/jc-1/approval', { as: approver, body: {} });
    expect(approved.status).toBe(201);
    const completed = await h.call('POST', '/regrades/jc-1/completion', {
      as: approver,
      body: { completedOn: today },
    });
    expect(completed.status).toBe(201);
    await h.settle();
    const staff = await h.call('GET', '/staff/jw-1', { as: hr });
    expect(staff.body).toMatchObject({ grade: 'L2', appliedRegrades: ['jc-1'] });
    const vacancy = await h.call('GET', '/vacancies/jv-1', { as: hr });
    const completedCases = await h.call('GET', '/regrades?status=completed', { as: approver });
    expect(completedCases.body['cases']).toEqual([
      expect.objectContaining({ caseId: 'jc-1', staffId: 'jw-1', state: 'completed' }),
    ]);
    expect(vacancy.body).toMatchObject({
      status: 'filled',
      filledBy: { staffId: 'jw-1', regradeCaseId: 'jc-1' },
    });
  });

  it('approver and requesting manager read the case history: each step, who and when', async () => {
    const seen = await h.call('GET', '/regrades/jc-1/history', { as: approver });
    expect(seen.status).toBe(200);
    const steps = (seen.body['events'] as { type: string; actor: { id: string } }[]).map((e) => [
      e.type,
      e.actor.id,
    ]);
    expect(steps[0]).toEqual(['RegradeRequested', manager.id]);
    expect(steps.slice(-2)).toEqual([
      ['RegradeApproved', approver.id],
      ['RegradeCompleted', approver.id],
    ]);
    const requester = await h.call('GET', '/regrades/jc-1/history', { as: manager });
    expect(requester.body).toEqual(seen.body);
    const other = await h.call('GET', '/regrades/jc-1/history', {
      as: { id: 'jx-1', role: 'manager' },
    });
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ rule: 'managers-act-on-own-reports' });
  });

  it('planner sees the new headcount and one fewer open vacancy, and no personal data anywhere', async () => {
    const hc = await h.call('GET', `/workforce/headcount?asOf=${today}&groupBy=jobFamily,grade`, {
      as: planner,
    });
    expect(countOf(hc.body['rows'], 'L1')).toBe(before.L1 - 1);
    expect(countOf(hc.body['rows'], 'L2')).toBe(before.L2 + 1);
    const vac = await h.call('GET', `/workforce/vacancies?asOf=${today}&groupBy=grade`, {
      as: planner,
    });
    expect(countOf(vac.body['rows'], 'L2')).toBe(before.vacancies - 1);
    const pipeline = await h.call('GET', `/workforce/pipeline?asOf=${today}`, { as: planner });
    expect(pipeline.status).toBe(200);
    const expiring = await h.call('GET', `/workforce/expiring?asOf=${today}&withinDays=400`, {
      as: planner,
    });
    expect(expiring.status).toBe(200);
    for (const answer of [hc, vac, pipeline, expiring]) {
      const text = JSON.stringify(answer.body);
      expect(text).not.toMatch(/jw-1|jw-2|jm-1|Person /);
    }
    // As of yesterday the workforce was as before: the read model is bitemporal, not a snapshot.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const then = await h.call('GET', `/workforce/headcount?asOf=${yesterday}&groupBy=grade`, {
      as: planner,
    });
    expect(countOf(then.body['rows'], 'L1')).toBe(before.L1);
  });

  it('auditor replays the decision as of the day it was made, byte for byte', async () => {
    const { effectiveOn, knownAt } = decision.verdict as { effectiveOn: string; knownAt: string };
    const replay = await h.call(
      'GET',
      `/staff/jw-1/eligibility?effectiveOn=${effectiveOn}&knownAt=${encodeURIComponent(knownAt)}`,
      { as: auditor },
    );
    expect(replay.status).toBe(200);
    expect(JSON.stringify(replay.body)).toBe(JSON.stringify(decision.verdict));
    // Known now, the same person is at the top of the vacancy route's next step: a different answer.
    const now = await h.call('GET', `/staff/jw-1/eligibility?effectiveOn=${today}`, {
      as: auditor,
    });
    expect(now.body).toMatchObject({ fromGrade: 'L2' });
  });

  it('auditor reads the history as it was known then and now', async () => {
    const knownAt = (decision.verdict as { knownAt: string }).knownAt;
    const then = await h.call('GET', `/staff/jw-1/history?knownAt=${encodeURIComponent(knownAt)}`, {
      as: auditor,
    });
    const types = (then.body['events'] as { type: string }[]).map((e) => e.type);
    expect(types).not.toContain('GradeChanged');
    const now = await h.call('GET', '/staff/jw-1/history', { as: auditor });
    const grade = (now.body['events'] as { type: string; actor: { id: string } }[]).find(
      (e) => e.type === 'GradeChanged',
    );
    expect(grade?.actor.id).toBe('regrade-process');
  });

  it('manager reads the history of their own report, and is refused for anyone else', async () => {
    const mine = await h.call('GET', '/staff/jw-1/history', { as: manager });
    expect(mine.status).toBe(200);
    const types = (mine.body['events'] as { type: string }[]).map((e) => e.type);
    expect(types).toContain('GradeChanged');
    const outside = await h.call('GET', '/staff/jx-1/history', { as: manager });
    expect(outside.status).toBe(403);
    expect(outside.body).toMatchObject({ rule: 'managers-act-on-own-reports' });
    expect(await h.call('GET', '/staff/jw-1/history', { as: planner })).toMatchObject({
      status: 403,
    });
  });

  it('auditor pages and filters the organisation-wide audit trail and verifies the hash chain', async () => {
    const byApprover = await h.call('GET', `/audit/events?actorId=${approver.id}`, { as: auditor });
    expect(byApprover.status).toBe(200);
    const entries = byApprover.body['entries'] as { type: string; actor: { id: string } }[];
    expect(entries.map((e) => e.type)).toEqual(['RegradeApproved', 'RegradeCompleted']);
    const page1 = await h.call('GET', '/audit/events?type=QualificationRecorded&limit=2', {
      as: auditor,
    });
    expect(page1.body['entries']).toHaveLength(2);
    const cursor = String(page1.body['nextCursor']);
    const page2 = await h.call(
      'GET',
      `/audit/events?type=QualificationRecorded&limit=2&cursor=${cursor}`,
      { as: auditor },
    );
    expect(page2.body['entries']).toHaveLength(2);
    expect(JSON.stringify(page2.body['entries'])).not.toBe(JSON.stringify(page1.body['entries']));
    const dated = await h.call('GET', `/audit/events?recordedFrom=${today}&type=RegradeRequested`, {
      as: auditor,
    });
    expect(dated.body['entries']).toHaveLength(1);
    const verification = await h.call('GET', '/audit/verification', { as: auditor });
    expect(verification.status).toBe(200);
    expect(verification.body).toMatchObject({ firstBreak: null });
    expect(Number(verification.body['events'])).toBeGreaterThan(20);
    const one = await h.call('GET', '/audit/verification?staffId=jw-1', { as: auditor });
    expect(one.body).toMatchObject({ firstBreak: null });
    expect(Number(one.body['events'])).toBeLessThan(Number(verification.body['events']));
  });

  it('auditor sees tampering: an event rewritten in the store file breaks the chain', async () => {
    const db = new Database(join(h.dataDir, 'events.sqlite'));
    const changed = db
      .prepare(
        "UPDATE events SET data = replace(data, 'positive', 'unsatisfactory') WHERE stream_name = ? AND type = 'PdrRecorded'",
      )
      .run('staff-jw-2');
    db.close();
    expect(changed.changes).toBe(1);
    const verification = await h.call('GET', '/audit/verification', { as: auditor });
    expect(verification.body).toMatchObject({
      firstBreak: { streamName: 'staff-jw-2', type: 'PdrRecorded' },
    });
  });
});
