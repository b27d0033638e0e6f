import { addMonths, monthsBetween } from '../../primitives/time';
import { met, unmet, type CriterionFn } from './types';

/** Has held the current grade for at least N months. */
export const minimumTimeInGrade: CriterionFn<'minimum-time-in-grade'> = (
  rule,
  { gradeSince, grade, effectiveOn },
) => {
  const months = monthsBetween(gradeSince.on, effectiveOn);
  return months >= rule.months
    ? met([gradeSince.eventId], `${grade} since ${gradeSince.on} (${months} months)`)
    : unmet(
        [gradeSince.eventId],
        `${grade} since ${gradeSince.on} (${months} months)`,
        `${rule.months} months in grade, reached on ${addMonths(gradeSince.on, rule.months)}`,
      );
};
