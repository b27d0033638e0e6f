import { factsOfType } from '../../eligibility/known-facts';
import { addMonths } from '../../primitives/time';
import { latest, met, unmet, type CriterionFn } from './types';

/** Completed one of the courses within the last N months, and it has not expired. */
export const trainingWithin: CriterionFn<'training-within'> = (rule, { facts, effectiveOn }) => {
  const since = addMonths(effectiveOn, 0 - rule.months);
  const courses = factsOfType(facts, 'TrainingCompleted').filter((f) =>
    rule.courses.includes(f.event.data.course),
  );
  const current = courses.filter(
    (f) =>
      f.event.data.completedOn >= since &&
      f.event.data.completedOn <= effectiveOn &&
      (f.event.data.expiresOn === undefined || f.event.data.expiresOn >= effectiveOn),
  );
  const best = latest(current);
  if (best !== undefined)
    return met(
      [best.eventId],
      `${best.event.data.course} completed ${best.event.data.completedOn}${best.event.data.expiresOn ? `, valid until ${best.event.data.expiresOn}` : ''}`,
    );
  const last = latest(courses);
  const need = `${rule.courses.join(' or ')} completed on or after ${since}${courses.length ? '' : ''}`;
  if (last === undefined) return unmet([], `no ${rule.courses.join(' or ')} recorded`, need);
  const expired =
    last.event.data.expiresOn !== undefined && last.event.data.expiresOn < effectiveOn;
  return unmet(
    [last.eventId],
    expired
      ? `${last.event.data.course} expired on ${last.event.data.expiresOn ?? ''}`
      : `last ${last.event.data.course} completed ${last.event.data.completedOn}, more than ${rule.months} months before ${effectiveOn}`,
    need,
  );
};
