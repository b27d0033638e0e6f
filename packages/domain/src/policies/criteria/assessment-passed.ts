import { factsOfType } from '../../eligibility/known-facts';
import type { AssessmentMethod } from '../criterion';
import { latest, met, unmet, type CriterionFn } from './types';

const methodName: Readonly<Record<AssessmentMethod, string>> = {
  A: 'Application (A)',
  I: 'Interview (I)',
  T: 'Test (T)',
};

/** Passed the criterion by every method listed; the latest assessment per method counts. */
export const assessmentPassed: CriterionFn<'assessment-passed'> = (rule, { facts }) => {
  const forCriterion = factsOfType(facts, 'AssessmentRecorded').filter(
    (f) => f.event.data.criterion === rule.criterion,
  );
  const perMethod = rule.methods.map((method) => ({
    method,
    last: latest(forCriterion.filter((f) => f.event.data.method === method)),
  }));
  const restedOn = perMethod.flatMap((m) => (m.last ? [m.last.eventId] : []));
  const missing = perMethod.filter((m) => m.last?.event.data.outcome !== 'passed');
  if (missing.length === 0)
    return met(restedOn, `passed by ${rule.methods.map((m) => methodName[m]).join(', ')}`);
  const notPassed = missing.filter((m) => m.last !== undefined).map((m) => methodName[m.method]);
  const notAssessed = missing.filter((m) => m.last === undefined).map((m) => methodName[m.method]);
  const detail = [
    notAssessed.length ? `not assessed by ${notAssessed.join(', ')}` : '',
    notPassed.length ? `not passed at ${notPassed.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return unmet(
    restedOn,
    detail,
    `a passed assessment of "${rule.criterion}" by ${missing.map((m) => methodName[m.method]).join(', ')}`,
  );
};
