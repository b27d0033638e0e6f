import * as E from 'fp-ts/Either';
import { PathReporter } from 'io-ts/PathReporter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familyWorkerFramework, familyWorkerPolicyV1 } from '@ladder/domain';
import { PreviewReport } from '@ladder/application';
import { startHarness, type Harness } from '../../test/harness';
import {
  hr,
  joinEligibleFamilyWorker,
  managerOf,
  monthsAgo,
  openVacancy,
  planner,
  publishSeedPolicies,
  record,
} from '../../test/people';
import { unknownKeys } from '../http/codec-walk';

// Previews through HTTP: an HR admin sends a draft and a date, and reads who would gain or
// lose eligibility, by team, with the criterion responsible — and nothing is written.

let h: Harness;
const today = new Date().toISOString().slice(0, 10);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  h = await startHarness();
  await publishSeedPolicies(h);
  await joinEligibleFamilyWorker(h, 'pv-north', 'north-early-help');
  await joinEligibleFamilyWorker(h, 'pv-south-1', 'south-early-help');
  await joinEligibleFamilyWorker(h, 'pv-south-2', 'south-early-help');
  // One of them holds the ECDL the draft below makes essential.
  await record(h, 'pv-south-2', 'qualifications', {
    qualification: 'ecdl',
    awardedOn: monthsAgo(60),
  });
  await openVacancy(h, 'pv-v1');
  await managerOf(h, 'pv-manager', ['pv-north', 'pv-south-1']);
  await h.settle();
});
afterAll(() => h.close());

/** The answer holds exactly what the route's response codec (and so the OpenAPI schema) says. */
const strictly = (body: unknown): string[] => {
  const decoded = PreviewReport.decode(body);
  if (E.isLeft(decoded)) return PathReporter.report(decoded);
  return unknownKeys(PreviewReport, body).map((f) => `${f} is not in the schema`);
};

/** Version 2 of the Family Worker policy with the ECDL made essential: a tightening. */
const ecdlEssential = {
  ...familyWorkerPolicyV1,
  version: 2,
  effectiveFrom: today,
  title: 'Family Worker progression, ECDL essential (draft)',
  criteria: familyWorkerPolicyV1.criteria.map((c) =>
    c.id === 'fw-d2-ecdl' ? { ...c, importance: 'essential' } : c,
  ),
};

describe('POST /policies/{family}/previews', () => {
  it('answers who would lose eligibility, by team, and the criterion responsible; nothing is written', async () => {
    const before = (await h.allEvents()).length;
    const res = await h.call('POST', '/policies/family-worker/previews', {
      as: hr,
      body: { document: ecdlEssential, effectiveOn: today },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(strictly(res.body)).toEqual([]);
    expect(res.body).toMatchObject({
      family: 'family-worker',
      effectiveOn: today,
      draft: { kind: 'policy', version: 2, inForce: true },
      gain: 0,
      lose: 2,
      spanBreaches: [],
    });
    const byTeam = res.body['byTeam'] as {
      team: string;
      lose: { staffId: string; responsible: unknown[] }[];
    }[];
    expect(byTeam.map((t) => [t.team, t.lose.map((c) => c.staffId)])).toEqual([
      ['north-early-help', ['pv-north']],
      ['south-early-help', ['pv-south-1']],
    ]);
    expect(byTeam[0]?.lose[0]?.responsible).toEqual([
      {
        criterionId: 'fw-d2-ecdl',
        label: 'ECDL or equivalent IT skills',
        current: 'unmet',
        draft: 'unmet',
        currentImportance: 'desirable',
        draftImportance: 'essential',
        detail: expect.stringContaining('ecdl') as unknown,
      },
    ]);
    expect((await h.allEvents()).length).toBe(before);
    // The policy is as it was: version 1 only.
    const policy = await h.call('GET', '/policies/family-worker', { as: hr });
    expect((policy.body['versions'] as unknown[]).length).toBe(1);
  });

  it('a draft that counts only another service loses everyone the vacancy carried, and says why', async () => {
    const elsewhere = {
      ...ecdlEssential,
      criteria: familyWorkerPolicyV1.criteria.map((c) =>
        c.id === 'fw-vacancy'
          ? { ...c, rule: { kind: 'vacancy-open', serviceAreas: ['adult-social-care'] } }
          : c,
      ),
    };
    const res = await h.call('POST', '/policies/family-worker/previews', {
      as: hr,
      body: { document: elsewhere },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body['lose']).toBe(3);
    const byTeam = res.body['byTeam'] as {
      lose: { responsible: { criterionId: string; detail: string }[] }[];
    }[];
    expect(byTeam[0]?.lose[0]?.responsible).toMatchObject([
      {
        criterionId: 'fw-vacancy',
        detail: 'an open family-worker vacancy at L2 in adult-social-care',
      },
    ]);
  });

  it('refuses what publishing would refuse, a bad field by name, and other roles', async () => {
    const before = (await h.allEvents()).length;
    const skipping = await h.call('POST', '/policies/family-worker/previews', {
      as: hr,
      body: { document: { ...ecdlEssential, version: 3 } },
    });
    expect(skipping.status).toBe(409);
    expect(skipping.body).toMatchObject({ domainCode: 'PolicyVersionOutOfSequence' });
    const badDate = await h.call('POST', '/policies/family-worker/previews', {
      as: hr,
      body: { document: ecdlEssential, effectiveOn: 'next week' },
    });
    expect(badDate.status).toBe(400);
    expect(JSON.stringify(badDate.body)).toContain('effectiveOn');
    const otherFamily = await h.call('POST', '/policies/social-worker/previews', {
      as: hr,
      body: { document: ecdlEssential },
    });
    expect(otherFamily.status).toBe(400);
    const asPlanner = await h.call('POST', '/policies/family-worker/previews', {
      as: planner,
      body: { document: ecdlEssential },
    });
    expect(asPlanner.status).toBe(403);
    expect((await h.allEvents()).length).toBe(before);
  });
});

describe('POST /frameworks/{family}/previews', () => {
  it('names the managers who would breach a narrower span of control, and writes nothing', async () => {
    const before = (await h.allEvents()).length;
    const narrower = {
      ...familyWorkerFramework,
      version: 2,
      effectiveFrom: tomorrow,
      grades: familyWorkerFramework.grades.map((g) =>
        g.code === 'L2' ? { ...g, spanOfControl: 1 } : g,
      ),
    };
    const res = await h.call('POST', '/frameworks/family-worker/previews', {
      as: hr,
      body: { document: narrower },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(strictly(res.body)).toEqual([]);
    expect(res.body).toMatchObject({
      effectiveOn: tomorrow,
      draft: { kind: 'framework', version: 2, inForce: true },
      spanBreaches: [
        {
          staffId: 'pv-manager',
          team: 'north-early-help',
          grade: 'L2',
          reports: 2,
          currentSpan: 5,
          draftSpan: 1,
        },
      ],
    });
    expect((await h.allEvents()).length).toBe(before);
  });

  it('answers who would lose when a grade leaves the ladder', async () => {
    const shorter = {
      ...familyWorkerFramework,
      version: 2,
      effectiveFrom: tomorrow,
      grades: familyWorkerFramework.grades.filter((g) => g.code !== 'L2' && g.code !== 'L3'),
    };
    const res = await h.call('POST', '/frameworks/family-worker/previews', {
      as: hr,
      body: { document: shorter },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // The three Level 1s eligible for L2 would have no grade to move to.
    expect(res.body['lose']).toBe(3);
  });
});
