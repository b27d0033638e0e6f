import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness';
import {
  join,
  joinEligibleFamilyWorker,
  openVacancy,
  planner,
  publishSeedPolicies,
} from '../../test/people';

// A planner cannot single a person out: the small-number rule as the API applies it.

let h: Harness;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  h = await startHarness();
  await publishSeedPolicies(h);
  for (const n of [1, 2, 3, 4, 5, 6, 7]) await join(h, `east-${n}`, { team: 'east' });
  await joinEligibleFamilyWorker(h, 'east-8', 'east');
  for (const n of [1, 2, 3, 4, 5, 6]) await join(h, `north-${n}`, { team: 'north' });
  await join(h, 'south-1', { team: 'south' });
  await openVacancy(h, 'east-l2', 'L2', 'east');
  await h.settle();
});
afterAll(() => h.close());

interface Row {
  readonly group: Record<string, string>;
  readonly count: number | null;
  readonly suppressed?: boolean;
  readonly [measure: string]: unknown;
}

const byTeam = (rows: unknown): Record<string, Row> =>
  Object.fromEntries((rows as Row[]).map((r) => [r.group['team'] ?? '?', r]));

describe('small-number suppression in planner answers', () => {
  it('withholds the team of one, and the next smallest so the total cannot give it away', async () => {
    for (const groupBy of ['team', 'team,zone,grade']) {
      const res = await h.call('GET', `/workforce/headcount?asOf=${today}&groupBy=${groupBy}`, {
        as: planner,
      });
      expect(res.status).toBe(200);
      expect(res.body['total']).toBe(15);
      const rows = byTeam(res.body['rows']);
      expect(rows['east']).toMatchObject({ count: 8 });
      expect(rows['south']).toMatchObject({ count: null, fte: null, suppressed: true });
      expect(rows['north']).toMatchObject({ count: null, fte: null, suppressed: true });
    }
  });

  it('never answers a count of 1 to 4 anywhere in a planner figure', async () => {
    const answers = await Promise.all(
      [
        `/workforce/headcount?asOf=${today}&groupBy=jobFamily,grade,team,zone`,
        `/workforce/pipeline?asOf=${today}`,
        `/workforce/expiring?asOf=${today}&withinDays=3660`,
      ].map((path) => h.call('GET', path, { as: planner })),
    );
    const small: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (
        typeof node === 'number' &&
        node > 0 &&
        node < 5 &&
        /count|eligible|overdue|total/i.test(at)
      )
        small.push(`${at}=${node}`);
      else if (typeof node === 'object' && node !== null)
        for (const [k, v] of Object.entries(node)) visit(v, `${at}.${k}`);
    };
    for (const a of answers) {
      expect(a.status).toBe(200);
      visit(a.body, '');
    }
    expect(small).toEqual([]);
  });

  it('withholds a pipeline row’s eligible and not-eligible counts when one is small', async () => {
    const res = await h.call('GET', `/workforce/pipeline?asOf=${today}`, { as: planner });
    const rows = res.body['pipeline'] as Row[];
    const l1 = rows.find((r) => r.group['fromGrade'] === 'L1');
    expect(l1).toMatchObject({ count: 15, eligible: null, notEligible: null });
  });
});
