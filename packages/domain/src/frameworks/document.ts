import * as t from 'io-ts';
import { exactPartial, exactType } from '../events/exact';
import { PositiveInteger } from '../primitives/numbers';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate } from '../primitives/time';
import { FrameworkCaseloadPolicy, GradeCaseloadRule } from './caseload-rules';
import { CensusRole } from './census-role';
import { Grade, JobFamily } from './codes';
import { ProgressionRoute } from './route';

export interface SpanOfControlBrand {
  readonly SpanOfControl: unique symbol;
}
/** How many staff someone at a grade may line-manage: 0 (none) to 100. */
export const SpanOfControl = t.brand(
  t.number,
  (n): n is t.Branded<number, SpanOfControlBrand> => Number.isInteger(n) && n >= 0 && n <= 100,
  'SpanOfControl',
);
export type SpanOfControl = t.TypeOf<typeof SpanOfControl>;

/**
 * One rung of a family's ladder. `caseload` (issue 15) is optional so versions published
 * before caseload rules existed still decode; what its absence means is `caseloadRuleOf`'s.
 */
export const FrameworkGrade = t.intersection(
  [
    exactType({
      code: Grade,
      /** How people say it, e.g. "Level 1 (Dorset Grade 8)". */
      label: NonEmptyString,
      spanOfControl: SpanOfControl,
      censusRole: CensusRole,
    }),
    exactPartial({ caseload: GradeCaseloadRule }),
  ],
  'FrameworkGrade',
);
export type FrameworkGrade = t.TypeOf<typeof FrameworkGrade>;

/**
 * A versioned career framework for one job family: its grades in order (lowest first) and
 * how the next one is reached. Data, published as an event with an effective date.
 */
export const FrameworkDocument = t.intersection(
  [
    exactType({
      family: JobFamily,
      version: PositiveInteger,
      /** The first date on which this version is the family's ladder. */
      effectiveFrom: IsoDate,
      title: NonEmptyString,
      employer: NonEmptyString,
      grades: t.array(FrameworkGrade),
      route: ProgressionRoute,
    }),
    // Optional for the same reason as a grade's `caseload`; see `caseloadPolicyOf`.
    exactPartial({ caseload: FrameworkCaseloadPolicy }),
  ],
  'FrameworkDocument',
);
export type FrameworkDocument = t.TypeOf<typeof FrameworkDocument>;

/** How a reply names the framework version it used. */
export const FrameworkRef = t.type({
  family: JobFamily,
  version: t.number,
  effectiveFrom: IsoDate,
});
export type FrameworkRef = t.TypeOf<typeof FrameworkRef>;
