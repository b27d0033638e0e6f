import * as t from 'io-ts';
import { exactType } from '../events/exact';

// The caseload part of a career framework (issue 15): which grades may hold a case that is
// likely to affect a client's liberty, the most complex case each grade takes, a caseload
// limit per FTE and how long an emergency allocation lasts. Policy data, versioned with the
// ladder it belongs to, so an allocation is judged by the rules in force on its date.

/**
 * Whether a grade may hold a liberty-affecting case: `hold` (Bexley SW3: "full
 * responsibility … where personal liberty or safety is at stake"), `emergency-only` (SW2:
 * "in emergency situations"), or `never`.
 */
export const LibertyAffectingCases = t.keyof(
  { hold: null, 'emergency-only': null, never: null },
  'LibertyAffectingCases',
);
export type LibertyAffectingCases = t.TypeOf<typeof LibertyAffectingCases>;

export interface ComplexityBrand {
  readonly Complexity: unique symbol;
}
/** A case's complexity on Ladder's four-step scale, 1 (least) to 4 (particularly complex). */
export const Complexity = t.brand(
  t.number,
  (n): n is t.Branded<number, ComplexityBrand> => Number.isInteger(n) && n >= 1 && n <= 4,
  'Complexity',
);
export type Complexity = t.TypeOf<typeof Complexity>;

/** How a complexity level is said, for refusals and pages. */
export const complexityLabels: Readonly<Record<number, string>> = {
  1: 'straightforward',
  2: 'some complexity',
  3: 'complex',
  4: 'particularly complex',
};

/** One grade's caseload rule. */
export const GradeCaseloadRule = exactType(
  { libertyAffectingCases: LibertyAffectingCases, highestComplexity: Complexity },
  'GradeCaseloadRule',
);
export type GradeCaseloadRule = t.TypeOf<typeof GradeCaseloadRule>;

export interface CaseloadLimitBrand {
  readonly CaseloadLimit: unique symbol;
}
/** Cases per full-time equivalent that raise a flag: more than 0, at most 100. */
export const CaseloadLimit = t.brand(
  t.number,
  (n): n is t.Branded<number, CaseloadLimitBrand> => Number.isFinite(n) && n > 0 && n <= 100,
  'CaseloadLimit',
);
export type CaseloadLimit = t.TypeOf<typeof CaseloadLimit>;

export interface EmergencyHoursBrand {
  readonly EmergencyHours: unique symbol;
}
/** How long an emergency allocation lasts, in whole hours: 1 to 720 (30 days). */
export const EmergencyHours = t.brand(
  t.number,
  (n): n is t.Branded<number, EmergencyHoursBrand> => Number.isInteger(n) && n >= 1 && n <= 720,
  'EmergencyHours',
);
export type EmergencyHours = t.TypeOf<typeof EmergencyHours>;

/** The framework-wide caseload policy. */
export const FrameworkCaseloadPolicy = exactType(
  { limitPerFte: CaseloadLimit, emergencyAllocationHours: EmergencyHours },
  'FrameworkCaseloadPolicy',
);
export type FrameworkCaseloadPolicy = t.TypeOf<typeof FrameworkCaseloadPolicy>;
