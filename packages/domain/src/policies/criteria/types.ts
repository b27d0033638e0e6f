import type { CriterionResult, EvidenceContext } from '../../eligibility/evidence';
import type { CriterionKind, CriterionRule } from '../criterion';

/** One pure function per criterion kind. */
export type CriterionFn<K extends CriterionKind> = (
  rule: Extract<CriterionRule, { kind: K }>,
  evidence: EvidenceContext,
) => CriterionResult;

export const met = (restedOn: readonly string[], detail: string): CriterionResult => ({
  status: 'met',
  restedOn,
  detail,
});

export const unmet = (
  restedOn: readonly string[],
  detail: string,
  missing: string,
): CriterionResult => ({
  status: 'unmet',
  restedOn,
  detail,
  missing,
});

/** The latest of some facts by effective date, then log order. */
export const latest = <F extends { readonly effectiveOn: string; readonly position: bigint }>(
  facts: readonly F[],
): F | undefined =>
  [...facts]
    .sort((a, b) =>
      a.effectiveOn < b.effectiveOn
        ? -1
        : a.effectiveOn > b.effectiveOn
          ? 1
          : a.position < b.position
            ? -1
            : 1,
    )
    .at(-1);
