import { factsOfType } from '../../eligibility/known-facts';
import { addMonths } from '../../primitives/time';
import { latest, met, unmet, type CriterionFn } from './types';

/** A positive annual PDR reviewed within the last N months. */
export const positivePdrWithin: CriterionFn<'positive-pdr-within'> = (
  rule,
  { facts, effectiveOn },
) => {
  const since = addMonths(effectiveOn, 0 - rule.months);
  const pdrs = factsOfType(facts, 'PdrRecorded');
  const recent = pdrs.filter(
    (f) => f.event.data.reviewedOn >= since && f.event.data.reviewedOn <= effectiveOn,
  );
  const positive = latest(recent.filter((f) => f.event.data.outcome === 'positive'));
  if (positive !== undefined)
    return met(
      [positive.eventId],
      `positive PDR for ${positive.event.data.period}, reviewed ${positive.event.data.reviewedOn}`,
    );
  const need = `a positive PDR reviewed on or after ${since}`;
  const last = latest(recent) ?? latest(pdrs);
  if (last === undefined) return unmet([], 'no PDR recorded', need);
  return unmet(
    [last.eventId],
    last.event.data.reviewedOn < since
      ? `latest PDR (${last.event.data.period}) was reviewed ${last.event.data.reviewedOn}, more than ${rule.months} months before ${effectiveOn}`
      : `PDR for ${last.event.data.period} (reviewed ${last.event.data.reviewedOn}) was ${last.event.data.outcome}`,
    need,
  );
};
