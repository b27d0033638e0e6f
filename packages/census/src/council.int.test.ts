import { generateCouncil, type Council } from '@ladder/demo';
import { frameworkInForce, seedFrameworks, type JsonValue } from '@ladder/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { councilLog } from '../test/memory-log';
import type { CensusFacts } from './facts';
import { censusPeriod } from './period';
import { censusPreview, censusReturn } from './produce';
import { readCensusFacts } from './read-facts';
import { validateReturn } from './validate';

// The return for a generated council against a recount from the generator's own record of
// who was where (its truth, kept beside the events, never read from them).

const isSocialWork = (family: string, grade: string, on: string): boolean => {
  const role = frameworkInForce(seedFrameworks, family, on)?.grades.find(
    (g) => g.code === grade,
  )?.censusRole;
  return role !== undefined && role !== 'not-a-social-worker';
};

const round2 = (n: number) => Math.round(n * 100) / 100;

const recount = (council: Council, year: number) => {
  const { firstDay, referenceDate: ref } = censusPeriod(year);
  const people = new Map<string, Council['truth']['placements']>();
  for (const p of council.truth.placements)
    people.set(p.staffId, [...(people.get(p.staffId) ?? []), p]);
  const at = (placements: Council['truth']['placements'], on: string) =>
    placements.find((p) => p.from <= on && (p.to === null || p.to > on));
  const fte = (p: { contractedHours: number; zeroHours: boolean }) =>
    p.zeroHours ? 0 : Math.min(1, Math.round((p.contractedHours / 37) * 1e6) / 1e6);
  let inPost = 0;
  let inPostFte = 0;
  let agency = 0;
  let agencyFte = 0;
  let starters = 0;
  let leavers = 0;
  for (const placements of people.values()) {
    const first = placements[0];
    if (first === undefined) continue;
    const joined = placements.reduce((d, p) => (p.from < d ? p.from : d), first.from);
    const left = placements.every((p) => p.to !== null)
      ? placements.reduce((d, p) => (p.to !== null && p.to > d ? p.to : d), '')
      : null;
    const now = at(placements, ref);
    if (now !== undefined && isSocialWork(now.jobFamily, now.grade, ref)) {
      if (now.engagement === 'agency') {
        agency += 1;
        agencyFte += fte(now);
      } else {
        inPost += 1;
        inPostFte += fte(now);
      }
    }
    if (first.engagement === 'agency') continue;
    const start = at(placements, joined);
    if (joined >= firstDay && joined <= ref && start !== undefined)
      if (isSocialWork(start.jobFamily, start.grade, joined)) starters += 1;
    if (left !== null && left >= firstDay && left <= ref) {
      const last = placements.find((p) => p.to === left);
      if (last !== undefined && isSocialWork(last.jobFamily, last.grade, left)) leavers += 1;
    }
  }
  const vacancyFte = council.truth.vacancies
    .filter(
      (v) =>
        v.openedOn <= ref &&
        (v.closedOn === null || v.closedOn > ref) &&
        isSocialWork(v.jobFamily, v.grade, ref),
    )
    .reduce((s, v) => s + v.fte, 0);
  return {
    inPostHeadcount: inPost,
    inPostFte: round2(inPostFte),
    startersHeadcount: starters,
    leaversHeadcount: leavers,
    agencyHeadcount: agency,
    agencyFte: round2(agencyFte),
    vacancyFte: round2(vacancyFte),
  };
};

/**
 * Cases held on 30 September by employed case holders in post, read straight from the
 * allocation events: each case's holder is the last allocated on or before the date, unless
 * it was closed by then. Null when no case was recorded by then.
 */
const text = (data: JsonValue, key: string): string | undefined => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const value: unknown = new Map<string, unknown>(Object.entries(data)).get(key);
  return typeof value === 'string' ? value : undefined;
};

const recountCases = (council: Council, year: number): number | null => {
  const ref = censusPeriod(year).referenceDate;
  const holders = new Map<string, string | null>();
  let any = false;
  for (const a of council.appends) {
    if (!a.streamName.startsWith('allocation-')) continue;
    for (const e of a.events) {
      if (e.effectiveAt.slice(0, 10) <= ref) any = true;
      const on =
        text(e.data, 'allocatedOn') ?? text(e.data, 'reallocatedOn') ?? text(e.data, 'closedOn');
      if (on === undefined || on > ref) continue;
      holders.set(a.streamName, e.type === 'CaseClosed' ? null : (text(e.data, 'staffId') ?? null));
    }
  }
  if (!any) return null;
  const caseHolders = new Set(
    council.truth.placements
      .filter(
        (p) =>
          p.from <= ref &&
          (p.to === null || p.to > ref) &&
          p.engagement === 'employee' &&
          frameworkInForce(seedFrameworks, p.jobFamily, ref)?.grades.find((g) => g.code === p.grade)
            ?.censusRole === 'case-holder',
      )
      .map((p) => p.staffId),
  );
  return [...holders.values()].filter((h) => h !== null && caseHolders.has(h)).length;
};

describe('the census return of a generated council', () => {
  let council: Council;
  let facts: CensusFacts;
  const knownAt = '2026-12-01T00:00:00Z';

  beforeAll(async () => {
    council = generateCouncil({ seed: 42, staff: 200, years: 6, startDate: '2019-04-01' });
    facts = await readCensusFacts(councilLog(council.appends), knownAt);
  });

  it.each([2021, 2022, 2023, 2024])(
    'equals a recount from the generator’s record (year ending 30 September %i)',
    (year) => {
      const expected = recount(council, year);
      const i = censusPreview(facts, { year, knownAt, laCode: '303' }).indicators;
      expect({
        inPostHeadcount: i.inPostHeadcount,
        inPostFte: i.inPostFte,
        startersHeadcount: i.startersHeadcount,
        leaversHeadcount: i.leaversHeadcount,
        agencyHeadcount: i.agencyHeadcount,
        agencyFte: i.agencyFte,
        vacancyFte: i.vacancyFte,
      }).toEqual(expected);
      // A council of this size has every kind of record: the test would notice a zero.
      expect(
        Math.min(expected.inPostHeadcount, expected.leaversHeadcount, expected.agencyHeadcount),
      ).toBeGreaterThan(0);
    },
  );

  it.each([2023, 2024])(
    'counts the cases held on 30 September %i as the allocation events say (none known before the first)',
    (year) => {
      const expected = recountCases(council, year);
      const i = censusPreview(facts, { year, knownAt, laCode: '303' }).indicators;
      expect(i.cases).toBe(expected);
      if (expected !== null)
        expect(i.caseload).toBe(Math.round((expected / i.caseHoldersFte) * 10) / 10);
      else expect(i.caseload).toBeNull();
    },
  );

  it('writes a file xmllint validates against Ladder’s XSD, with every social worker’s items', async () => {
    const ret = censusReturn(facts, { year: 2024, knownAt, laCode: '303' });
    expect(await validateReturn(ret.xml, ret.records)).toEqual({ valid: true });
    const preview = censusPreview(facts, { year: 2024, knownAt, laCode: '303' });
    expect(preview.missing).toEqual([]);
  });
});
