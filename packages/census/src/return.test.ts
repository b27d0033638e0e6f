import { describe, expect, it } from 'vitest';
import { censusHistory } from '../test/history';
import { readCensusFacts } from './read-facts';
import { censusPreview, censusReturn } from './produce';

const request = { year: 2026, knownAt: '2026-10-01T12:00:00Z', laCode: '303' };

const returnKnownAt = async (knownAt: string) => {
  const facts = await readCensusFacts(censusHistory(), knownAt);
  return { facts, ret: censusReturn(facts, { ...request, knownAt }) };
};

describe('the census return for the year ending 30 September 2026', () => {
  it('has one record per social work engagement in the year: no family workers, no agency leavers', async () => {
    const { ret } = await returnKnownAt(request.knownAt);
    expect(ret.records.map((r) => r.staffId)).toEqual([
      'a',
      'b',
      'c',
      'd1',
      'd2',
      'e1',
      'e2',
      'f',
      'g',
      'j',
      'k',
    ]);
  });

  it('counts a starter who leaves within the year as a starter and a leaver, not in post', async () => {
    const { ret } = await returnKnownAt(request.knownAt);
    const b = ret.records.find((r) => r.staffId === 'b');
    expect(b).toMatchObject({
      inPost: false,
      roleStartDate: '2025-11-03',
      startOrigin: 1,
      roleEndDate: '2026-03-31',
      leaverDestination: 1,
      reasonLeave: 1,
    });
    expect(b?.fte30).toBeUndefined();
  });

  it('counts someone leaving on 30 September as a leaver, not in post', async () => {
    const { ret } = await returnKnownAt(request.knownAt);
    const c = ret.records.find((r) => r.staffId === 'c');
    expect(c).toMatchObject({ inPost: false, roleEndDate: '2026-09-30' });
    expect(c?.fte30).toBeUndefined();
  });

  it('gives a returner two records, a leaver and a starter, and counts them once in post', async () => {
    const { ret, facts } = await returnKnownAt(request.knownAt);
    const d = ret.records.filter((r) => r.sweNo === 'SW100004');
    expect(d.map((r) => [r.staffId, r.roleEndDate ?? null, r.inPost])).toEqual([
      ['d1', '2025-12-31', false],
      ['d2', null, true],
    ]);
    const p = censusPreview(facts, request);
    expect(p.indicators.startersHeadcount).toBe(3); // b, d2, j
    expect(p.indicators.leaversHeadcount).toBe(3); // b, c, d1
  });

  it('counts one person in two posts once, in the more senior role, and both posts’ FTE', async () => {
    const { ret, facts } = await returnKnownAt(request.knownAt);
    const e = ret.records.filter((r) => r.sweNo === 'SW100005');
    // SW3 is a senior practitioner (4) under the framework version in force from 2025.
    expect(e.map((r) => [r.orgRole, r.fte30])).toEqual([
      [5, 0.5],
      [4, 0.5],
    ]);
    const p = censusPreview(facts, request);
    expect(p.indicators.inPostHeadcount).toBe(6); // a, d2, e, f, j, k
    expect(p.indicators.inPostFte).toBe(5); // 1 + 1 + 0.5 + 0.5 + 0 + 1 + 1
    expect(p.indicators.inPostHeadcountByRole).toEqual({ '4': 1, '5': 5 });
  });

  it('counts zero-hours staff in the headcount with no FTE', async () => {
    const { ret } = await returnKnownAt(request.knownAt);
    expect(ret.records.find((r) => r.staffId === 'f')).toMatchObject({
      inPost: true,
      fte: 0,
      fte30: 0,
    });
  });

  it('returns the agency worker in place, not the one who had gone, and never de-duplicates them', async () => {
    const { ret } = await returnKnownAt(request.knownAt);
    expect(ret.vacancies).toEqual({ vacanciesFte: 1.5, agencyFte: 1, agencyHeadcount: 1 });
    const g = ret.records.find((r) => r.staffId === 'g');
    expect(g).toMatchObject({ agency: true, sweNo: 'SW100007', fte30: 1 });
    expect(g?.birthDate).toBeUndefined();
  });

  it('computes the indicators as the DfE does, and leaves caseload out while cases are not known', async () => {
    const { facts } = await returnKnownAt(request.knownAt);
    const i = censusPreview(facts, request).indicators;
    expect(i).toMatchObject({
      leaversFte: 3,
      turnoverRateFte: 60, // 3 ÷ 5
      agencyRateFte: 16.7, // 1 ÷ (1 + 5)
      vacancyFte: 1.5,
      vacancyRateFte: 23.1, // 1.5 ÷ (1.5 + 5)
      caseHoldersFte: 4.5, // a, d2, e1, f (0), j, k
      cases: null,
      caseload: null,
      workingDaysLost: 8.57, // a: 5 in January, 5 of the 14 days of 10 lost across 1 October
      absenceRateFte: 0.7, // 8.57 ÷ (5 × 253)
    });
  });

  it('uses cases held at 30 September when caseload allocation gives them', async () => {
    const { facts } = await returnKnownAt(request.knownAt);
    const casesHeld = (staffId: string) => (staffId === 'f' ? 0 : 9);
    const i = censusPreview(facts, { ...request, casesHeld }).indicators;
    expect(i.cases).toBe(45); // five case holders with 9, f with 0
    expect(i.caseload).toBe(10); // 45 ÷ 4.5
  });

  it('reads cases held on 30 September by caseload allocation’s own fold, as known at the instant', async () => {
    const facts = await readCensusFacts(censusHistory(true), request.knownAt);
    const ret = censusReturn(facts, request);
    const cases = Object.fromEntries(
      ret.records.filter((r) => r.cases30 !== undefined).map((r) => [r.staffId, r.cases30]),
    );
    // Every case holder in post has a count once allocation is in use: none is a real 0.
    expect(cases).toEqual({ a: 2, d2: 1, e1: 0, f: 0, g: 0, j: 0, k: 0 });
    const i = censusPreview(facts, request).indicators;
    expect(i.cases).toBe(3);
    expect(i.caseload).toBe(0.7); // 3 ÷ 4.5
    // The year before the first case was opened: nobody's count is known.
    expect(censusPreview(facts, request).lastYear.cases).toBeNull();
    // Known before any case was recorded, nothing is known of cases.
    const early = await readCensusFacts(censusHistory(true), '2025-12-01T00:00:00Z');
    expect(
      censusPreview(early, { ...request, knownAt: '2025-12-01T00:00:00Z' }).indicators.cases,
    ).toBeNull();
  });

  it('lists the workers with missing mandatory items', async () => {
    const { facts } = await returnKnownAt(request.knownAt);
    expect(censusPreview(facts, request).missing).toEqual([
      {
        staffId: 'j',
        sweNo: null,
        items: [
          'SWENo',
          'PersonBirthDate',
          'GenderCurrent',
          'Ethnicity',
          'QualInst',
          'StepUpGrad',
          'FrontlineGrad',
        ],
      },
    ]);
  });

  it('is the return as known at the chosen instant: a leaving recorded later is not in it', async () => {
    const before = (await returnKnownAt('2026-10-01T12:00:00Z')).ret;
    const after = (await returnKnownAt('2026-10-16T12:00:00Z')).ret;
    expect(before.records.find((r) => r.staffId === 'k')).toMatchObject({ inPost: true });
    expect(after.records.find((r) => r.staffId === 'k')).toMatchObject({
      inPost: false,
      roleEndDate: '2026-08-31',
    });
  });

  it('counts sickness days inside the year only, a share of an episode that crosses 1 October', async () => {
    const { ret } = await returnKnownAt(request.knownAt);
    expect(ret.records.find((r) => r.staffId === 'a')).toMatchObject({
      workingDaysLost: 8.57, // 5 + 10 × 5/14
      absentAt30: false,
      contractWeeks: 52.1,
      kssStatus: 2,
    });
  });
});
