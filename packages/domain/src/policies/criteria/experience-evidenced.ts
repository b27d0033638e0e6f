import { factsOfType } from '../../eligibility/known-facts';
import { met, unmet, type CriterionFn } from './types';

/** Experience in the area has been evidenced (e.g. looked-after children, CAF). */
export const experienceEvidenced: CriterionFn<'experience-evidenced'> = (rule, { facts }) => {
  const found = factsOfType(facts, 'ExperienceEvidenced').filter(
    (f) => f.event.data.area === rule.area,
  );
  return found.length > 0
    ? met(
        found.map((f) => f.eventId),
        `experience of ${rule.area} evidenced ${found.map((f) => f.event.data.evidencedOn).join(', ')}`,
      )
    : unmet(
        [],
        `no evidence of experience of ${rule.area}`,
        `evidence of experience of ${rule.area}`,
      );
};
