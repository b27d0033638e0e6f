import { factsOfType } from '../../eligibility/known-facts';
import { latest, met, unmet, type CriterionFn } from './types';

/** Registered, on the date, with one of the regulators the policy accepts. */
export const registrationValid: CriterionFn<'registration-valid'> = (
  rule,
  { facts, effectiveOn },
) => {
  const recorded = factsOfType(facts, 'RegistrationRecorded');
  const lapses = factsOfType(facts, 'RegistrationLapsed');
  const accepted = rule.regulators.join(' or ');
  const views = recorded.map((r) => {
    const { regulator, registrationNumber } = r.event.data;
    const lapse = latest(
      lapses.filter(
        (l) =>
          l.event.data.regulator === regulator &&
          l.event.data.registrationNumber === registrationNumber &&
          l.event.data.lapsedOn >= r.event.data.registeredOn &&
          l.event.data.lapsedOn <= effectiveOn,
      ),
    );
    const expired = r.event.data.expiresOn !== undefined && r.event.data.expiresOn < effectiveOn;
    return { r, lapse, expired, valid: lapse === undefined && !expired };
  });
  const good = views.find((v) => v.valid && rule.regulators.includes(v.r.event.data.regulator));
  if (good !== undefined)
    return met(
      [good.r.eventId],
      `registered with ${good.r.event.data.regulator} (${good.r.event.data.registrationNumber}) since ${good.r.event.data.registeredOn}`,
    );
  const need = `a current registration with ${accepted} on ${effectiveOn}`;
  const last = latest(
    views.map((v) => ({ ...v, effectiveOn: v.r.effectiveOn, position: v.r.position })),
  );
  if (last === undefined) return unmet([], 'no professional registration recorded', need);
  const { regulator, registrationNumber } = last.r.event.data;
  const ids = [last.r.eventId, ...(last.lapse ? [last.lapse.eventId] : [])];
  if (last.lapse !== undefined)
    return unmet(
      ids,
      `registration with ${regulator} (${registrationNumber}) lapsed on ${last.lapse.event.data.lapsedOn}`,
      need,
    );
  if (last.expired)
    return unmet(
      ids,
      `registration with ${regulator} (${registrationNumber}) expired on ${last.r.event.data.expiresOn ?? ''}`,
      need,
    );
  return unmet(
    ids,
    `registered with ${regulator}, which this policy version does not accept`,
    need,
  );
};
