import { factsOfType } from '../../eligibility/known-facts';
import { met, unmet, type CriterionFn } from './types';

/** Holds any one of the listed qualifications. */
export const qualificationInSet: CriterionFn<'qualification-in-set'> = (rule, { facts }) => {
  const held = factsOfType(facts, 'QualificationRecorded').filter((f) =>
    rule.anyOf.includes(f.event.data.qualification),
  );
  const names = held.map((f) => f.event.data.qualification);
  return held.length > 0
    ? met(
        held.map((f) => f.eventId),
        `holds ${[...new Set(names)].join(', ')}`,
      )
    : unmet(
        [],
        'no qualification recorded from the accepted list',
        `one of: ${rule.anyOf.join(', ')}`,
      );
};
