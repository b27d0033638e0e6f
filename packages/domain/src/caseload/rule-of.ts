import type { FrameworkDocument } from '../frameworks/document';
import type { Complexity, GradeCaseloadRule } from '../frameworks/caseload-rules';
import { gradeIn } from '../frameworks/ladder';

/**
 * What a framework version published before caseload rules existed says about a grade: the
 * stated default is the safe one — no liberty-affecting case, not even in an emergency, and
 * only the least complex cases — until HR publishes a version that sets the rule.
 */
export const DEFAULT_GRADE_CASELOAD_RULE: GradeCaseloadRule = {
  libertyAffectingCases: 'never',
  highestComplexity: 1 as Complexity, // on the scale by construction
};

/** The emergency length when a version sets none: the 72 hours issue 15 names. */
export const DEFAULT_EMERGENCY_ALLOCATION_HOURS = 72;

export interface CaseloadRuleOf {
  readonly rule: GradeCaseloadRule;
  /** False when the default above stands in for a rule the version does not set. */
  readonly stated: boolean;
}

export const caseloadRuleOf = (framework: FrameworkDocument, grade: string): CaseloadRuleOf => {
  const rule = gradeIn(framework, grade)?.caseload;
  return rule === undefined
    ? { rule: DEFAULT_GRADE_CASELOAD_RULE, stated: false }
    : { rule, stated: true };
};

/** The version's caseload limit per FTE (none set: no flag) and emergency length. */
export const caseloadPolicyOf = (
  framework: FrameworkDocument,
): { readonly limitPerFte: number | null; readonly emergencyAllocationHours: number } => ({
  limitPerFte: framework.caseload?.limitPerFte ?? null,
  emergencyAllocationHours:
    framework.caseload?.emergencyAllocationHours ?? DEFAULT_EMERGENCY_ALLOCATION_HOURS,
});
