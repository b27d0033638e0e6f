import { domainError, type DomainError } from '../errors';

// Refusals shared by the staff member's rules, worded as the rule they enforce (the grade
// refusals are the frameworks': see frameworks/refusals.ts).

export const outOfOrder = (
  later: string,
  laterOn: string,
  earlier: string,
  earlierOn: string,
): DomainError =>
  domainError(
    'DatesOutOfOrder',
    'Nothing expires before it starts',
    `${later} ${laterOn} is before ${earlier} ${earlierOn}`,
  );
