import type { CriterionResult, EvidenceContext } from '../../eligibility/evidence';
import type { CriterionRule } from '../criterion';
import { assessmentPassed } from './assessment-passed';
import { dbsWithin } from './dbs-within';
import { experienceEvidenced } from './experience-evidenced';
import { minimumTimeInGrade } from './minimum-time-in-grade';
import { positivePdrWithin } from './positive-pdr-within';
import { qualificationInSet } from './qualification-in-set';
import { registrationValid } from './registration-valid';
import { trainingWithin } from './training-within';
import { vacancyOpen } from './vacancy-open';

/** Dispatches a criterion to its one pure function; the switch is exhaustive over the closed set. */
export const evaluateCriterion = (
  rule: CriterionRule,
  evidence: EvidenceContext,
): CriterionResult => {
  switch (rule.kind) {
    case 'qualification-in-set':
      return qualificationInSet(rule, evidence);
    case 'training-within':
      return trainingWithin(rule, evidence);
    case 'positive-pdr-within':
      return positivePdrWithin(rule, evidence);
    case 'registration-valid':
      return registrationValid(rule, evidence);
    case 'dbs-within':
      return dbsWithin(rule, evidence);
    case 'assessment-passed':
      return assessmentPassed(rule, evidence);
    case 'experience-evidenced':
      return experienceEvidenced(rule, evidence);
    case 'vacancy-open':
      return vacancyOpen(rule, evidence);
    case 'minimum-time-in-grade':
      return minimumTimeInGrade(rule, evidence);
  }
};
