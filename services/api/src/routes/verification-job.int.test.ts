import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type Reply } from '../../test/harness';
import { auditor, joinEligibleFamilyWorker, planner, publishSeedPolicies } from '../../test/people';

// Audit verification as a job: started by a POST, run in a worker thread, polled by the
// auditor until it has a result.

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await publishSeedPolicies(h);
  await joinEligibleFamilyWorker(h, 'vw-1');
  await joinEligibleFamilyWorker(h, 'vw-2');
  await h.settle();
});
afterAll(() => h.close());

/** Polls the job's resource until it is no longer running. */
const untilFinished = async (location: string): Promise<Reply> => {
  for (;;) {
    const res = await h.call('GET', location, { as: auditor });
    if (res.body['status'] !== 'running') return res;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('audit verification as a job', () => {
  it('starts with a POST (202 and where to poll), and ends with the whole-log result', async () => {
    const started = await h.call('POST', '/audit/verifications', { as: auditor, body: {} });
    expect(started.status).toBe(202);
    const location = started.headers.get('location') ?? '';
    expect(location).toBe(`/audit/verifications/${String(started.body['id'])}`);
    const done = await untilFinished(location);
    expect(done.status).toBe(200);
    const events = (await h.allEvents()).length;
    expect(done.body).toMatchObject({
      status: 'done',
      error: null,
      result: { events, firstBreak: null, notYetProjected: 0 },
      progress: { eventsDone: events },
    });
    // The same answer as the route that waits for it.
    const waited = await h.call('GET', '/audit/verification', { as: auditor });
    expect(waited.body).toEqual(done.body['result']);
  });

  it("verifies one person's streams when asked", async () => {
    const started = await h.call('POST', '/audit/verifications', {
      as: auditor,
      body: { staffId: 'vw-1' },
    });
    const done = await untilFinished(started.headers.get('location') ?? '');
    expect(done.body).toMatchObject({ status: 'done', staffId: 'vw-1', result: { streams: 1 } });
  });

  it('is for auditors only, and an unknown job is a 404', async () => {
    expect((await h.call('POST', '/audit/verifications', { as: planner, body: {} })).status).toBe(
      403,
    );
    expect((await h.call('GET', '/audit/verifications/nope', { as: auditor })).status).toBe(404);
  });
});
