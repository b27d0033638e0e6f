import {
  caseloadPolicyOf,
  caseloadRuleOf,
  FULL_TIME_HOURS,
  StreamId,
  type FrameworkDocument,
} from '@ladder/domain';
import { addDays } from './dates';
import { seededRng, type Rng } from './rng';
import type { Person, World } from './world';

// The council's cases (issue 15), made once the staffing history is done: each social worker
// and family worker in post at the end holds a caseload allocated by the rule over the last
// months (a few over the limit for their FTE), some cases were closed along the way, each
// team has a few waiting unallocated, and some SW2s held a liberty-affecting case in an
// emergency that has since lapsed. Its own random source, so the staffing history — and
// every headcount built on it — is the same as without cases.

const REFERENCE_DIGITS = 6;

interface Cases {
  readonly rng: Rng;
  next: number;
}

const referenceOf = (cases: Cases, family: string): string =>
  `${family === 'social-worker' ? 'CIN' : 'EH'}-${String(++cases.next).padStart(REFERENCE_DIGITS, '0')}`;

const open = (
  w: World,
  cases: Cases,
  p: Pick<Person, 'family' | 'team'>,
  complexity: number,
  libertyFlags: readonly string[],
  on: string,
  actor: { id: string; role: string },
): string | null => {
  const caseReference = referenceOf(cases, p.family);
  const opened = w.rec.caseload(
    StreamId.allocation(caseReference),
    {
      type: 'OpenCase',
      data: { caseReference, team: p.team, complexity, libertyFlags, openedOn: on },
    },
    { on, actor },
  );
  return opened === null ? null : caseReference;
};

const worker = (p: Person, held: number) => ({
  staffId: p.id,
  jobFamily: p.family,
  grade: p.grade,
  team: p.team,
  fte: p.hours / FULL_TIME_HOURS,
  casesHeld: held,
});

/** A case the worker's grade may hold: within their complexity, liberty only if they may. */
const caseFor = (cases: Cases, ladder: FrameworkDocument, p: Person) => {
  const { rule } = caseloadRuleOf(ladder, p.grade);
  const complexity = cases.rng.int(1, rule.highestComplexity);
  const liberty = rule.libertyAffectingCases === 'hold' && cases.rng.chance(0.25);
  const flags = liberty
    ? [
        cases.rng.pick([
          'care-or-court-proceedings',
          'secure-accommodation',
          'deprivation-of-liberty',
        ]),
      ]
    : [];
  return { complexity, flags };
};

export const generateCaseloads = (w: World): void => {
  const cases: Cases = { rng: seededRng(w.seed * 31 + 15), next: 0 };
  const end = addDays(w.endDate, -1);
  const inPost = [...w.people.values()]
    .filter((p) => p.active)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const p of inPost) {
    const ladder = w.ladderOf(p.family, end);
    const { limitPerFte } = caseloadPolicyOf(ladder);
    if (limitPerFte === null) continue;
    const since = p.gradeSince > addDays(end, -240) ? p.gradeSince : addDays(end, -240);
    if (since >= addDays(end, -14)) continue; // too new to hold cases yet
    const fte = p.hours / FULL_TIME_HOURS;
    // Most below the limit, one in ten just over it: the limit is a flag, not a refusal.
    const target = cases.rng.chance(0.1)
      ? Math.floor(limitPerFte * fte) + cases.rng.int(1, 2)
      : cases.rng.int(
          Math.max(1, Math.floor(limitPerFte * fte * 0.5)),
          Math.floor(limitPerFte * fte),
        );
    // Allocated in date order, so each allocation records the caseload the worker then had;
    // the two earliest were closed again a few weeks later (the caseload moves over the months).
    const dates = Array.from({ length: target + 2 }, () => addDays(since, cases.rng.int(0, 200)))
      .filter((on) => on < end)
      .sort();
    const closings: string[] = [];
    for (const [i, on] of dates.entries()) {
      const { complexity, flags } = caseFor(cases, ladder, p);
      const actor = w.managerActor(p);
      const ref = open(w, cases, p, complexity, flags, on, actor);
      if (ref === null) continue;
      const held = closings.filter((c) => c === '' || c > on).length;
      const allocated = w.rec.caseload(
        StreamId.allocation(ref),
        { type: 'AllocateCase', data: { allocatedOn: on, worker: worker(p, held) } },
        { on, actor },
      );
      if (allocated === null) continue;
      const closedOn = i < 2 ? addDays(on, cases.rng.int(10, 90)) : null;
      if (closedOn !== null && closedOn < end) {
        w.rec.caseload(
          StreamId.allocation(ref),
          { type: 'CloseCase', data: { closedOn } },
          { on: closedOn, actor },
        );
        closings.push(closedOn);
      } else closings.push(''); // still open
    }
    const held = closings.filter((c) => c === '').length;
    // Some SW2s took a liberty-affecting case in an emergency; it lapsed, and waits for an SW3.
    if (
      caseloadRuleOf(ladder, p.grade).rule.libertyAffectingCases === 'emergency-only' &&
      cases.rng.chance(0.15)
    ) {
      const on = addDays(end, -cases.rng.int(5, 20));
      const actor = w.managerActor(p);
      const ref = open(w, cases, p, cases.rng.int(2, 3), ['care-or-court-proceedings'], on, actor);
      // The reason is the envelope's, as the use case records it.
      const reason = 'police protection out of hours; no SW3 on duty';
      if (ref !== null)
        w.rec.caseload(
          StreamId.allocation(ref),
          {
            type: 'EmergencyAllocateCase',
            data: { startsAt: `${on}T22:00:00.000Z`, reason, worker: worker(p, held) },
          },
          { on, actor, reason },
        );
    }
  }
  // A few cases waiting in each team that has case holders.
  const teams = [...new Map(inPost.map((p) => [p.team, p])).values()];
  for (const p of teams) {
    const ladder = w.ladderOf(p.family, end);
    const waiting = cases.rng.int(2, 4);
    for (let i = 0; i < waiting; i++) {
      const top = ladder.grades[ladder.grades.length - 1]?.caseload?.highestComplexity ?? 1;
      // The first is straightforward, so any grade may take it; the rest need the right one.
      const liberty = i > 0 && p.family === 'social-worker' && cases.rng.chance(0.3);
      open(
        w,
        cases,
        p,
        i === 0 ? 1 : cases.rng.int(1, top),
        liberty ? ['care-or-court-proceedings'] : [],
        addDays(end, -cases.rng.int(0, 10)),
        w.managerActor(p),
      );
    }
  }
};
