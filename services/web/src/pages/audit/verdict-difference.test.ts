import { describe, expect, it } from 'vitest';
import type { CriterionLine, Verdict } from '../../api/types';
import { differences } from './verdict-difference';

const line = (criterionId: string, status: CriterionLine['status']): CriterionLine => ({
  criterionId,
  label: `label of ${criterionId}`,
  importance: 'essential',
  kind: 'qualification',
  status,
  restedOn: [],
  detail: '',
});

/** A verdict as the API would answer it; the brands on ids and grades are the API's to check. */
const verdict = (over: {
  readonly fromGrade?: string;
  readonly toGrade?: string;
  readonly policy?: { readonly family: string; readonly version: number };
  readonly outcome?: Verdict['outcome'];
  readonly eligible?: boolean;
  readonly lines?: CriterionLine[];
}): Verdict =>
  ({
    staffId: 's1',
    jobFamily: 'family-worker',
    fromGrade: 'L1',
    toGrade: 'L2',
    effectiveOn: '2025-01-01',
    knownAt: '2025-01-01T00:00:00.000Z',
    policy: { family: 'family-worker', version: 1 },
    outcome: 'not-eligible',
    eligible: false,
    rank: { desirableMet: 0, desirableTotal: 0 },
    summary: '',
    lines: [],
    ...over,
  }) as Verdict;

describe('what differs between two verdicts', () => {
  it('nothing when the API answered the same', () => {
    const v = verdict({ lines: [line('maths', 'met')] });
    expect(differences(v, v)).toEqual([]);
  });

  it('the outcome and each criterion whose status changed, in words', () => {
    const then = verdict({ lines: [line('maths', 'unmet'), line('pdr', 'met')] });
    const now = verdict({
      outcome: 'eligible',
      eligible: true,
      lines: [line('maths', 'met'), line('pdr', 'met')],
    });
    expect(differences(then, now)).toEqual([
      { key: 'outcome', label: 'Outcome', then: 'not-eligible', now: 'eligible for L2' },
      { key: 'criterion:maths', label: 'label of maths', then: 'not met', now: 'met' },
    ]);
  });

  it('a criterion only one verdict asks, and another move or policy', () => {
    const then = verdict({ lines: [line('vacancy', 'met')] });
    const now = verdict({
      fromGrade: 'L2',
      toGrade: 'L3',
      policy: { family: 'family-worker', version: 2 },
      lines: [line('registration', 'unmet')],
    });
    expect(differences(then, now).map((d) => [d.key, d.then, d.now])).toEqual([
      ['move', 'L1 to L2', 'L2 to L3'],
      ['policy', 'family-worker version 1', 'family-worker version 2'],
      ['criterion:vacancy', 'met', 'not asked'],
      ['criterion:registration', 'not asked', 'not met'],
    ]);
  });
});
