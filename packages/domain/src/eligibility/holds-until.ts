import { addMonths, type IsoDate } from '../primitives/time';
import type { RecordedFact } from '../recorded-fact';
import type { DecodedFact } from './decoded-facts';
import { evaluateDecoded } from './evaluate';
import type { Rules } from './rules';
import { candidateDates, periodsIn } from './time-boundaries';
import type { Verdict } from './verdict';

/** How far ahead "holds until" is searched, and how many candidate dates are tried. */
export interface HoldsUntilLimits {
  readonly horizonMonths: number;
  readonly maxProbes: number;
}
export const holdsUntilLimits: HoldsUntilLimits = { horizonMonths: 60, maxProbes: 40 };

/** What a verdict is judged against when asked how long it holds. */
export interface HoldsUntilQuestion {
  /** The verdict on its `effectiveOn`, as known at its `knownAt`. */
  readonly verdict: Verdict;
  /** The history it was evaluated from (its dates bound the answer) … */
  readonly history: readonly RecordedFact[];
  /** … and the same history decoded once (`decodeFacts(history)`), for the dates tried. */
  readonly decoded: readonly DecodedFact[];
  /**
   * The family's policy and career framework facts as recorded (their dates and periods
   * bound the answer: a version taking effect may change the verdict).
   */
  readonly policyFacts: readonly RecordedFact[];
  /** The rules known at the verdict's `knownAt`, as it was evaluated with. */
  readonly rules: Rules;
}

/** What must stay the same for a verdict to "hold": its outcome and each line's status and evidence. */
export const verdictSignature = (v: Verdict): string =>
  JSON.stringify([
    v.outcome,
    v.eligible,
    v.policy?.version ?? null,
    v.toGrade,
    v.lines.map((l) => [l.criterionId, l.status, l.restedOn]),
  ]);

/**
 * The first date after the verdict's on which time alone may change it (what was recorded
 * staying as it is); null when it holds beyond the horizon. Only three kinds of date can
 * change it: the evidence a met criterion rests on ageing out (its dates plus a criterion's
 * period), a fact or vacancy whose effective date is still to come, and a policy version
 * taking effect. When more candidates exist than are tried, it holds at least until the
 * last one tried, which is the answer (never "forever" on a search cut short).
 */
export const holdsUntil = (
  { verdict, history, decoded, policyFacts, rules }: HoldsUntilQuestion,
  limits: HoldsUntilLimits = holdsUntilLimits,
): IsoDate | null => {
  const { effectiveOn, knownAt, staffId } = verdict;
  // At the top of the ladder only a later framework version (a new grade) changes the answer.
  const laterLadder = rules.frameworks.some(
    (f) => f.family === verdict.jobFamily && f.effectiveFrom > effectiveOn,
  );
  if (verdict.outcome === 'no-next-grade' && !laterLadder) return null;
  const restedOn = new Set(verdict.lines.flatMap((l) => (l.status === 'met' ? l.restedOn : [])));
  const dated = history.flatMap((f) =>
    restedOn.has(f.eventId) || f.effectiveAt.slice(0, 10) > effectiveOn
      ? [[f.effectiveAt, f.data]]
      : [],
  );
  const policyData = policyFacts.map((f) => f.data);
  const candidates = candidateDates(
    [...dated, ...policyData],
    periodsIn(policyData),
    effectiveOn,
    addMonths(effectiveOn, limits.horizonMonths),
  );
  const tried = candidates.slice(0, limits.maxProbes);
  const signature = verdictSignature(verdict);
  const changesOn = tried.find(
    (date) =>
      verdictSignature(evaluateDecoded(decoded, rules, { effectiveOn: date, knownAt, staffId })) !==
      signature,
  );
  if (changesOn !== undefined) return changesOn;
  return candidates.length > tried.length ? (tried[tried.length - 1] ?? null) : null;
};
