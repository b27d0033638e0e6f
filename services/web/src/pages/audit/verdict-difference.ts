import type { CriterionLine, Verdict } from '../../api/types';

// What differs between two verdicts the API gave: a comparison of its answers, never a rule.

export type LineStatus = CriterionLine['status'] | 'not-asked';

export interface Difference {
  readonly key: string;
  readonly label: string;
  readonly then: string;
  readonly now: string;
}

const headline = (v: Verdict): string =>
  v.eligible ? `eligible for ${v.toGrade ?? ''}` : v.outcome;

const policyOf = (v: Verdict): string =>
  v.policy === null ? 'none' : `${v.policy.family} version ${v.policy.version}`;

const statusWords: Readonly<Record<LineStatus, string>> = {
  met: 'met',
  unmet: 'not met',
  'not-applicable': 'not applicable',
  'not-asked': 'not asked',
};

/**
 * The headline facts and the criteria whose outcome differs between `then` (the chosen pair)
 * and `now` (today): a criterion only one verdict asks (another grade, another policy) says so.
 */
export const differences = (then: Verdict, now: Verdict): readonly Difference[] => {
  const out: Difference[] = [];
  const compare = (key: string, label: string, a: string, b: string) => {
    if (a !== b) out.push({ key, label, then: a, now: b });
  };
  compare('outcome', 'Outcome', headline(then), headline(now));
  compare(
    'move',
    'Move judged',
    `${then.fromGrade ?? '—'} to ${then.toGrade ?? '—'}`,
    `${now.fromGrade ?? '—'} to ${now.toGrade ?? '—'}`,
  );
  compare('policy', 'Policy', policyOf(then), policyOf(now));
  const ids = [...new Set([...then.lines, ...now.lines].map((l) => l.criterionId))];
  for (const id of ids) {
    const a = then.lines.find((l) => l.criterionId === id);
    const b = now.lines.find((l) => l.criterionId === id);
    const label = (a ?? b)?.label ?? id;
    compare(
      `criterion:${id}`,
      label,
      statusWords[a?.status ?? 'not-asked'],
      statusWords[b?.status ?? 'not-asked'],
    );
  }
  return out;
};
