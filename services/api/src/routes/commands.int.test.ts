import { recordStaffFact } from '@ladder/application';
import { staffCommands } from '@ladder/domain';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness';
import {
  approver,
  hr,
  join,
  joinEligibleFamilyWorker,
  managerOf,
  monthsAgo,
  openVacancy,
  publishSeedPolicies,
  record,
} from '../../test/people';
import { requestOf } from './use-case';

// Writes through the real server: ETags, If-Match, idempotency, refusals, concurrency.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await publishSeedPolicies(h);
});
afterAll(() => h.close());

describe('recording staff facts', () => {
  it('answers 201 with the stream revision as ETag and the actor from the token in the envelope', async () => {
    const joined = await join(h, 'etag-1');
    expect(joined.headers.get('etag')).toBe('"0"');
    expect(joined.headers.get('location')).toBe('/staff/etag-1');
    const q = await h.call('POST', '/staff/etag-1/qualifications', {
      as: hr,
      body: { qualification: 'gcse-maths', awardedOn: '2010-08-20' },
      headers: { 'x-correlation-id': 'corr-etag-1' },
    });
    expect(q.status).toBe(201);
    expect(q.headers.get('etag')).toBe('"1"');
    const events = await h.allEvents();
    const last = events.find((e) => e.streamName === 'staff-etag-1' && e.revision === 1n);
    expect(last).toMatchObject({
      type: 'QualificationRecorded',
      actor: { id: 'hr-1', role: 'hr-admin' },
      correlationId: 'corr-etag-1',
      effectiveAt: '2010-08-20T00:00:00.000Z',
    });
    const read = await h.call('GET', '/staff/etag-1', { as: hr });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    const unchanged = await h.call('GET', '/staff/etag-1', {
      as: hr,
      headers: { 'if-none-match': '"1"' },
    });
    expect(unchanged.status).toBe(304);
    const changed = await h.call('GET', '/staff/etag-1', {
      as: hr,
      headers: { 'if-none-match': '"0"' },
    });
    expect(changed.status).toBe(200);
  });

  it("keeps the caller's X-Reason in the envelope", async () => {
    await join(h, 'why-1');
    const res = await h.call('POST', '/staff/why-1/grade-changes', {
      as: hr,
      body: { to: 'L2', changedOn: '2024-04-01' },
      headers: { 'x-reason': 'job evaluation panel outcome' },
    });
    expect(res.status).toBe(201);
    const ev = (await h.allEvents()).find(
      (e) => e.streamName === 'staff-why-1' && e.type === 'GradeChanged',
    );
    expect(ev?.reason).toBe('job evaluation panel outcome');
  });

  it('honours If-Match: a current ETag writes, a stale one is 412 and writes nothing', async () => {
    await join(h, 'ifm-1');
    const ok = await h.call('POST', '/staff/ifm-1/training', {
      as: hr,
      body: { course: 'cpd', completedOn: '2024-01-10' },
      headers: { 'if-match': '"0"' },
    });
    expect(ok.status).toBe(201);
    const before = (await h.allEvents()).length;
    const stale = await h.call('POST', '/staff/ifm-1/training', {
      as: hr,
      body: { course: 'cpd', completedOn: '2024-02-10' },
      headers: { 'if-match': '"0"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'precondition-failed', currentRevision: '1' });
    expect((await h.allEvents()).length).toBe(before);
  });

  it('maps domain refusals to 409 (state) and 422 (rule), naming the rule, writing nothing', async () => {
    await join(h, 'ref-1');
    const before = (await h.allEvents()).length;
    const again = await join(h, 'ref-1').catch((e: Error) => e.message);
    expect(again).toMatch(/^join ref-1: 409/);
    const self = await h.call('POST', '/staff/ref-1/line-reports', {
      as: hr,
      body: { reportId: 'ref-1', assignedOn: '2024-01-01' },
    });
    expect(self.status).toBe(422);
    expect(self.body).toMatchObject({
      code: 'rule-violation',
      rule: 'Nobody line-manages themselves',
      domainCode: 'SelfLineManagement',
    });
    const missing = await h.call('POST', '/staff/nobody/pdrs', {
      as: hr,
      body: {
        period: '2024',
        outcome: 'positive',
        reviewedOn: '2024-03-01',
        reviewerId: 'r',
        reviewerRole: 'line-manager',
      },
    });
    expect(missing.status).toBe(404);
    expect((await h.allEvents()).length).toBe(before);
  });
});

describe('idempotent retries', () => {
  it('returns the first answer to a retry and writes one event', async () => {
    await join(h, 'idem-1');
    const body = { course: 'safeguarding-refresher', completedOn: '2024-05-01' };
    const headers = { 'idempotency-key': 'idem-1-training-1' };
    const first = await h.call('POST', '/staff/idem-1/training', { as: hr, body, headers });
    const retry = await h.call('POST', '/staff/idem-1/training', { as: hr, body, headers });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    const trainings = (await h.allEvents()).filter(
      (e) => e.streamName === 'staff-idem-1' && e.type === 'TrainingCompleted',
    );
    expect(trainings).toHaveLength(1);
  });

  it('replays a first refusal too, rather than running the command again', async () => {
    await join(h, 'idem-2');
    const body = { reportId: 'idem-2', assignedOn: '2024-01-01' };
    const headers = { 'idempotency-key': 'idem-2-self' };
    const first = await h.call('POST', '/staff/idem-2/line-reports', { as: hr, body, headers });
    const retry = await h.call('POST', '/staff/idem-2/line-reports', { as: hr, body, headers });
    expect(first.status).toBe(422);
    expect(retry.status).toBe(422);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
  });
});

describe('idempotency under failure and concurrency', () => {
  it('a retry after a crash that lost the first answer finds the events the first run wrote', async () => {
    await join(h, 'idem-3');
    const data = { course: 'first-aid', completedOn: '2024-06-01' };
    // The first run got as far as the store, then the process died before answering.
    const training = staffCommands.RecordTraining.body.decode(data);
    if (training._tag === 'Left') throw new Error('the training does not decode');
    const request = requestOf(
      {
        principal: hr,
        correlationId: 'c-crash',
        requestId: 'r-crash',
        expectedRevision: undefined,
        idempotencyKey: 'idem-3-key',
        reason: undefined,
        log: pino({ level: 'silent' }),
      },
      new Date(),
    );
    if (request._tag === 'Left') throw new Error('the request has no actor');
    const first = await recordStaffFact(
      h.store,
      'idem-3',
      'RecordTraining',
      training.right,
      request.right,
    );
    expect(first._tag).toBe('Right');
    const before = (await h.allEvents()).length;
    const retry = await h.call('POST', '/staff/idem-3/training', {
      as: hr,
      body: data,
      headers: { 'idempotency-key': 'idem-3-key' },
    });
    expect(retry.status).toBe(201);
    expect(retry.body['eventIds']).toEqual(
      first._tag === 'Right' ? first.right.events.map((e) => e.eventId) : null,
    );
    expect((await h.allEvents()).length).toBe(before);
  });

  it('concurrent requests with one key write once', async () => {
    await join(h, 'idem-4');
    const body = { course: 'lone-working', completedOn: '2024-07-01' };
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        h.call('POST', '/staff/idem-4/training', {
          as: hr,
          body,
          headers: { 'idempotency-key': 'idem-4-key' },
        }),
      ),
    );
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect(results.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
    const written = (await h.allEvents()).filter(
      (e) => e.streamName === 'staff-idem-4' && e.type === 'TrainingCompleted',
    );
    expect(written).toHaveLength(1);
  });
});

describe('regrade cases', () => {
  beforeAll(async () => {
    await joinEligibleFamilyWorker(h, 'rg-fw-1');
    await joinEligibleFamilyWorker(h, 'rg-fw-2');
    await join(h, 'rg-outsider');
    await openVacancy(h, 'rg-vac-1');
    await openVacancy(h, 'rg-vac-2');
  });

  const request = (
    caseId: string,
    staffId: string,
    vacancyId: string,
    as = { id: 'rg-mgr', role: 'manager' as const },
  ) =>
    h.call('POST', '/regrades', {
      as,
      body: {
        caseId,
        staffId,
        jobFamily: 'family-worker',
        fromGrade: 'L1',
        toGrade: 'L2',
        vacancyId,
      },
    });

  it('lets a manager request only for their own line, assessing eligibility at once', async () => {
    const manager = await managerOf(h, 'rg-mgr', ['rg-fw-1', 'rg-fw-2']);
    const outsider = await request('case-x', 'rg-outsider', 'rg-vac-1', {
      id: manager.id,
      role: 'manager',
    });
    expect(outsider.status).toBe(403);
    expect(outsider.body).toMatchObject({ rule: 'managers-act-on-own-reports' });
    const ok = await request('case-1', 'rg-fw-1', 'rg-vac-1');
    expect(ok.status).toBe(201);
    expect(ok.body, JSON.stringify(ok.body)).toMatchObject({
      caseId: 'case-1',
      verdict: { eligible: true, outcome: 'eligible' },
    });
    expect(ok.headers.get('etag')).toBe('"1"');
  });

  it('refuses an approver approving their own request (422) and lets another approve', async () => {
    const selfApprove = await h.call('POST', '/regrades/case-1/approval', {
      as: { id: 'rg-mgr', role: 'approver' },
      body: {},
    });
    expect(selfApprove.status).toBe(422);
    expect(selfApprove.body).toMatchObject({ domainCode: 'ApproverIsRequester' });
    const approved = await h.call('POST', '/regrades/case-1/approval', { as: approver, body: {} });
    expect(approved.status).toBe(201);
    const again = await h.call('POST', '/regrades/case-1/approval', { as: approver, body: {} });
    expect(again.status).toBe(409);
    const c = await h.call('GET', '/regrades/case-1', { as: approver });
    expect(c.body).toMatchObject({ status: 'approved', staffId: 'rg-fw-1' });
  });

  it('lets exactly one of many concurrent approvals win', async () => {
    expect((await request('case-2', 'rg-fw-2', 'rg-vac-2')).status).toBe(201);
    const approvers = Array.from({ length: 8 }, (_, i) => ({
      id: `approver-c${i}`,
      role: 'approver' as const,
    }));
    const results = await Promise.all(
      approvers.map((as) => h.call('POST', '/regrades/case-2/approval', { as, body: {} })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    const approvals = (await h.allEvents()).filter(
      (e) => e.streamName === 'regrade-case-2' && e.type === 'RegradeApproved',
    );
    expect(approvals).toHaveLength(1);
  });

  it('lets the manager withdraw a case in their line; a rejected reason is recorded on the event', async () => {
    await joinEligibleFamilyWorker(h, 'rg-fw-3');
    await record(h, 'rg-mgr', 'line-reports', { reportId: 'rg-fw-3', assignedOn: monthsAgo(1) });
    await openVacancy(h, 'rg-vac-3');
    expect((await request('case-3', 'rg-fw-3', 'rg-vac-3')).status).toBe(201);
    const withdrawn = await h.call('POST', '/regrades/case-3/withdrawal', {
      as: { id: 'rg-mgr', role: 'manager' },
      body: { reason: 'moving team' },
    });
    expect(withdrawn.status).toBe(201);
    const ev = (await h.allEvents()).find(
      (e) => e.streamName === 'regrade-case-3' && e.type === 'RegradeWithdrawn',
    );
    expect(ev?.reason).toBe('moving team');
    await managerOf(h, 'rg-mgr-other', []);
    const foreign = await h.call('POST', '/regrades/case-2/withdrawal', {
      as: { id: 'rg-mgr-other', role: 'manager' },
      body: { reason: 'not mine' },
    });
    expect(foreign.status).toBe(403);
    const peek = await h.call('GET', '/regrades/case-2', {
      as: { id: 'rg-mgr-other', role: 'manager' },
    });
    expect(peek.status).toBe(403);
  });
});
