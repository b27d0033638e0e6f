import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness';
import {
  auditor,
  joinEligibleFamilyWorker,
  managerOf,
  openVacancy,
  publishSeedPolicies,
  regradeToL2,
} from '../../test/people';

// A recorded case verdict replays exactly: asked again with the case's own dates and the case
// (or the vacancy it names), the eligibility route answers the recorded verdict byte for byte,
// even when the case names a vacancy that is not the first one open.

let h: Harness;
const manager = { id: 'rm-1', role: 'manager' as const };
let recorded: { readonly effectiveOn: string; readonly knownAt: string; readonly text: string };

/** The body exactly as the server wrote it (re-serialised from one JSON parse, key order kept). */
const verdictText = (verdict: unknown): string => JSON.stringify(verdict);

beforeAll(async () => {
  h = await startHarness();
  await publishSeedPolicies(h);
  await joinEligibleFamilyWorker(h, 'rw-1');
  await managerOf(h, manager.id, ['rw-1']);
  await openVacancy(h, 'v-a');
  await openVacancy(h, 'v-b');
  await h.settle();
  const res = await h.call('POST', '/regrades', {
    as: manager,
    body: regradeToL2('rc-1', 'rw-1', 'v-b'),
  });
  expect(res.status).toBe(201);
  const verdict = res.body['verdict'] as { effectiveOn: string; knownAt: string };
  recorded = {
    effectiveOn: verdict.effectiveOn,
    knownAt: verdict.knownAt,
    text: verdictText(verdict),
  };
  await h.settle();
});
afterAll(() => h.close());

const replay = (more: string) =>
  h.call(
    'GET',
    `/staff/rw-1/eligibility?effectiveOn=${recorded.effectiveOn}&knownAt=${encodeURIComponent(recorded.knownAt)}&${more}`,
    { as: auditor },
  );

describe('replaying a recorded case verdict', () => {
  it('records the vacancy the case names, not the first one open', () => {
    expect(recorded.text).toContain('vacancy v-b at L2 in childrens-services is open');
    expect(recorded.text).not.toContain('v-a');
  });

  it('given the case id, answers the recorded verdict byte for byte', async () => {
    const res = await replay('caseId=rc-1');
    expect(res.status).toBe(200);
    expect(verdictText(res.body)).toBe(recorded.text);
  });

  it('given the vacancy the case names, answers the recorded verdict byte for byte', async () => {
    const res = await replay('vacancyId=v-b');
    expect(res.status).toBe(200);
    expect(verdictText(res.body)).toBe(recorded.text);
  });

  it('refuses a case about someone else', async () => {
    await joinEligibleFamilyWorker(h, 'rw-2');
    const res = await h.call(
      'GET',
      `/staff/rw-2/eligibility?effectiveOn=${recorded.effectiveOn}&caseId=rc-1`,
      { as: auditor },
    );
    expect(res.status).toBe(400);
  });
});
