import * as t from 'io-ts';
import { Grade } from '../frameworks/codes';
import { PositiveInteger } from '../primitives/numbers';
import { NonEmptyString } from '../primitives/strings';
import { ServiceArea } from '../service-area';

// The closed set of criterion kinds. Each is evaluated by one pure function in ./criteria.

const Months = PositiveInteger;

export const AssessmentMethod = t.keyof({ A: null, I: null, T: null }, 'AssessmentMethod');
export type AssessmentMethod = t.TypeOf<typeof AssessmentMethod>;

export const DbsLevel = t.keyof(
  { basic: null, standard: null, enhanced: null, 'enhanced-barred': null },
  'DbsLevel',
);
export type DbsLevel = t.TypeOf<typeof DbsLevel>;

export const QualificationInSetRule = t.type({
  kind: t.literal('qualification-in-set'),
  anyOf: t.array(NonEmptyString),
});
export const TrainingWithinRule = t.type({
  kind: t.literal('training-within'),
  courses: t.array(NonEmptyString),
  months: Months,
});
export const PositivePdrWithinRule = t.type({
  kind: t.literal('positive-pdr-within'),
  months: Months,
});
export const RegistrationValidRule = t.type({
  kind: t.literal('registration-valid'),
  regulators: t.array(NonEmptyString),
});
export const DbsWithinRule = t.type({
  kind: t.literal('dbs-within'),
  minimumLevel: DbsLevel,
  months: Months,
  /** A check kept current through the DBS update service counts whatever its age. */
  updateServiceCounts: t.boolean,
});
export const AssessmentPassedRule = t.type({
  kind: t.literal('assessment-passed'),
  criterion: NonEmptyString,
  /** Every method listed (Application, Interview, Test) needs a passed assessment. */
  methods: t.array(AssessmentMethod),
});
export const ExperienceEvidencedRule = t.type({
  kind: t.literal('experience-evidenced'),
  area: NonEmptyString,
});
export const VacancyOpenRule = t.intersection([
  t.type({ kind: t.literal('vacancy-open') }),
  /**
   * The services a vacancy must be in to count ("a specific vacant role within Children's
   * Services"). Absent: a vacancy in any service counts, as every version published before
   * the field existed said, so their verdicts replay unchanged.
   */
  t.partial({ serviceAreas: t.array(ServiceArea) }),
]);
export const MinimumTimeInGradeRule = t.type({
  kind: t.literal('minimum-time-in-grade'),
  months: Months,
});

export const CriterionRule = t.union(
  [
    QualificationInSetRule,
    TrainingWithinRule,
    PositivePdrWithinRule,
    RegistrationValidRule,
    DbsWithinRule,
    AssessmentPassedRule,
    ExperienceEvidencedRule,
    VacancyOpenRule,
    MinimumTimeInGradeRule,
  ],
  'CriterionRule',
);
export type CriterionRule = t.TypeOf<typeof CriterionRule>;
export type CriterionKind = CriterionRule['kind'];

export const Importance = t.keyof({ essential: null, desirable: null }, 'Importance');
export type Importance = t.TypeOf<typeof Importance>;

export const Criterion = t.intersection(
  [
    t.type({
      id: NonEmptyString,
      label: NonEmptyString,
      importance: Importance,
      rule: CriterionRule,
    }),
    // Absent: the criterion applies to every step up; present: only to these target grades.
    t.partial({ appliesTo: t.array(Grade) }),
  ],
  'Criterion',
);
export type Criterion = t.TypeOf<typeof Criterion>;
