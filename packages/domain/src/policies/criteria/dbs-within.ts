import { factsOfType } from '../../eligibility/known-facts';
import { addMonths } from '../../primitives/time';
import type { DbsLevel } from '../criterion';
import { latest, met, unmet, type CriterionFn } from './types';

const rank: Readonly<Record<DbsLevel, number>> = {
  basic: 0,
  standard: 1,
  enhanced: 2,
  'enhanced-barred': 3,
};

/** A DBS check at the level required, within N months or kept current on the update service. */
export const dbsWithin: CriterionFn<'dbs-within'> = (rule, { facts, effectiveOn }) => {
  const since = addMonths(effectiveOn, 0 - rule.months);
  const checks = factsOfType(facts, 'DbsCheckRecorded');
  const atLevel = checks.filter((f) => rank[f.event.data.level] >= rank[rule.minimumLevel]);
  const current = latest(
    atLevel.filter(
      (f) =>
        f.event.data.checkedOn >= since || (rule.updateServiceCounts && f.event.data.updateService),
    ),
  );
  if (current !== undefined)
    return met(
      [current.eventId],
      `${current.event.data.level} DBS check of ${current.event.data.checkedOn}${current.event.data.updateService ? ', on the update service' : ''}`,
    );
  const need = `a ${rule.minimumLevel} DBS check on or after ${since}${rule.updateServiceCounts ? ' (or one kept on the update service)' : ''}`;
  const last = latest(atLevel) ?? latest(checks);
  if (last === undefined) return unmet([], 'no DBS check recorded', need);
  return unmet(
    [last.eventId],
    rank[last.event.data.level] < rank[rule.minimumLevel]
      ? `latest DBS check is ${last.event.data.level}, below ${rule.minimumLevel}`
      : `latest ${last.event.data.level} DBS check is of ${last.event.data.checkedOn}, more than ${rule.months} months old`,
    need,
  );
};
