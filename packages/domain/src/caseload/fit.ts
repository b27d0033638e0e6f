import * as E from 'fp-ts/Either';
import { complexityLabels } from '../frameworks/caseload-rules';
import type { FrameworkCatalogue } from '../frameworks/catalogue';
import type { FrameworkDocument } from '../frameworks/document';
import { gradeOnDate } from '../frameworks/grade-on';
import { domainError, type DomainError } from '../errors';
import type { IsoDate } from '../primitives/time';
import type { CaseFacts } from './case-facts';
import { isLibertyAffecting } from './liberty';
import { caseloadPolicyOf, caseloadRuleOf } from './rule-of';
import { oneMore, type CaseCount, type WorkerOnDate } from './worker';
import type { JobFamily } from '../frameworks/codes';
import type { PositiveInteger } from '../primitives/numbers';

/** May the worker hold the case: in the ordinary way, only as an emergency, or not at all. */
export type FitVerdict = 'may-hold' | 'emergency-only' | 'may-not-hold';

/** One rule as it applies to this worker and case, in words. */
export interface FitCheck {
  readonly rule: string;
  readonly holds: boolean;
  readonly message: string;
}

/** The caseload the allocation would give the worker, against the limit for their FTE. */
export interface CaseloadAfter {
  readonly casesHeld: CaseCount;
  /** Limit per FTE × the worker's FTE; null when the framework sets no limit. */
  readonly limit: number | null;
  readonly overLimit: boolean;
}

/** The rule explained for one worker and one case: the answer pages show beside each name. */
export interface AllocationFit {
  readonly staffId: string;
  readonly grade: string;
  readonly framework: { readonly family: JobFamily; readonly version: PositiveInteger };
  readonly verdict: FitVerdict;
  readonly checks: readonly FitCheck[];
  /** Why an ordinary allocation is refused (null when it is not). */
  readonly refusal: DomainError | null;
  /** Why an emergency allocation is refused (null when it is not). */
  readonly emergencyRefusal: DomainError | null;
  readonly caseload: CaseloadAfter;
  readonly emergencyAllocationHours: number;
}

/** "Social Worker (…) v1": how a rule names the framework version it comes from. */
const versionOf = (f: FrameworkDocument): string => `${f.title} v${f.version}`;

/**
 * Judges one worker for one case under the worker's family's framework in force on `on`.
 * The one place the rule lives: the decider refuses with `refusal`/`emergencyRefusal`, and
 * the team page shows `checks`, so the browser never re-implements it.
 */
export const allocationFit = (
  facts: CaseFacts,
  worker: WorkerOnDate,
  frameworks: FrameworkCatalogue,
  on: IsoDate,
): E.Either<DomainError, AllocationFit> => {
  const placed = gradeOnDate(frameworks, worker.jobFamily, worker.grade, on);
  if (E.isLeft(placed)) return placed;
  const { framework, grade } = placed.right;
  const { rule, stated } = caseloadRuleOf(framework, worker.grade);
  const policy = caseloadPolicyOf(framework);
  const source = stated
    ? versionOf(framework)
    : `${versionOf(framework)} sets no caseload rule for ${grade.code}, so the safe default`;
  const liberty = isLibertyAffecting(facts.libertyFlags);

  const libertyRule =
    rule.libertyAffectingCases === 'hold'
      ? `${source}: ${grade.label} may hold a case likely to affect a client's liberty`
      : rule.libertyAffectingCases === 'emergency-only'
        ? `${source}: ${grade.label} holds a case likely to affect a client's liberty only in an emergency, for ${policy.emergencyAllocationHours} hours`
        : `${source}: ${grade.label} is not allocated a case likely to affect a client's liberty`;
  const libertyHolds = !liberty || rule.libertyAffectingCases === 'hold';
  const libertyCheck: FitCheck = {
    rule: libertyRule,
    holds: libertyHolds,
    message: liberty
      ? `case ${facts.caseReference} is liberty-affecting (${facts.libertyFlags.join(', ')})`
      : `case ${facts.caseReference} is not liberty-affecting`,
  };

  const complexityRule = `${source}: ${grade.label} holds cases up to complexity ${rule.highestComplexity} (${complexityLabels[rule.highestComplexity] ?? ''})`;
  const complexityHolds = facts.complexity <= rule.highestComplexity;
  const complexityCheck: FitCheck = {
    rule: complexityRule,
    holds: complexityHolds,
    message: `case ${facts.caseReference} is complexity ${facts.complexity} (${complexityLabels[facts.complexity] ?? ''})`,
  };

  const casesHeld = oneMore(worker.casesHeld);
  const limit =
    policy.limitPerFte === null ? null : Math.round(policy.limitPerFte * worker.fte * 100) / 100;
  const overLimit = limit !== null && casesHeld > limit;
  const caseloadCheck: FitCheck = {
    rule:
      policy.limitPerFte === null
        ? `${versionOf(framework)} sets no caseload limit`
        : `${versionOf(framework)}: a caseload over ${policy.limitPerFte} cases per FTE is flagged (a flag, not a refusal)`,
    holds: !overLimit,
    message: `${casesHeld} cases with this one, at ${Math.round(worker.fte * 100) / 100} FTE${limit === null ? '' : ` (limit ${limit})`}`,
  };

  const complexityRefusal = complexityHolds
    ? null
    : domainError('ComplexityAboveGrade', complexityRule, complexityCheck.message);
  const libertyRefusal = libertyHolds
    ? null
    : domainError(
        'LibertyAffectingCaseRefused',
        libertyRule,
        `${libertyCheck.message}; ${worker.staffId} is ${grade.code}`,
      );
  const refusal = complexityRefusal ?? libertyRefusal;
  const emergencyOnly = liberty && rule.libertyAffectingCases === 'emergency-only';
  const emergencyRefusal =
    complexityRefusal ??
    (emergencyOnly
      ? null
      : (libertyRefusal ??
        domainError(
          'EmergencyAllocationNotNeeded',
          'An emergency allocation is for a liberty-affecting case the grade holds only in an emergency',
          `${worker.staffId} (${grade.code}) may hold case ${facts.caseReference} in the ordinary way: allocate it`,
        )));
  return E.right({
    staffId: worker.staffId,
    grade: grade.code,
    framework: { family: framework.family, version: framework.version },
    verdict:
      refusal === null ? 'may-hold' : emergencyRefusal === null ? 'emergency-only' : 'may-not-hold',
    checks: [libertyCheck, complexityCheck, caseloadCheck],
    refusal,
    emergencyRefusal,
    caseload: { casesHeld, limit, overLimit },
    emergencyAllocationHours: policy.emergencyAllocationHours,
  });
};
