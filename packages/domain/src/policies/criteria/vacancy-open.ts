import type { VacancyView } from '../../eligibility/evidence';
import { met, unmet, type CriterionFn } from './types';

const inWords = (areas: readonly string[]): string => areas.join(' or ');

/**
 * A specific vacant role at the target grade in the family is open on the date — in one of
 * the rule's service areas when it names them (a vacancy elsewhere does not count, and the
 * line says which one was open and why it was passed over).
 */
export const vacancyOpen: CriterionFn<'vacancy-open'> = (
  rule,
  { vacancies, jobFamily, toGrade, vacancyId },
) => {
  const candidates = vacancies.filter(
    (v) =>
      v.jobFamily === jobFamily &&
      v.grade === toGrade &&
      (vacancyId === undefined || v.vacancyId === vacancyId),
  );
  const areas: readonly string[] | undefined = rule.serviceAreas;
  if (areas === undefined) return anyService(candidates, jobFamily, toGrade, vacancyId);
  const where = inWords(areas);
  const inScope = candidates.filter((v) => areas.includes(v.serviceArea));
  const open = inScope.find((v) => v.status === 'open');
  if (open !== undefined)
    return met(
      open.eventIds,
      `vacancy ${open.vacancyId} at ${toGrade} in ${open.serviceArea} is open`,
    );
  const need =
    vacancyId === undefined
      ? `an open ${jobFamily} vacancy at ${toGrade} in ${where}`
      : `vacancy ${vacancyId} open at ${toGrade} in ${where}`;
  const elsewhere = candidates.find((v) => v.status === 'open' && !areas.includes(v.serviceArea));
  if (elsewhere !== undefined)
    return unmet(
      elsewhere.eventIds,
      `vacancy ${elsewhere.vacancyId} at ${toGrade} is open in ${elsewhere.serviceArea}, which does not count: the policy asks for a vacancy in ${where}`,
      need,
    );
  const closed = inScope[0];
  return closed === undefined
    ? unmet([], `no open vacancy at ${toGrade} in ${where}`, need)
    : unmet(closed.eventIds, `vacancy ${closed.vacancyId} is ${closed.status}`, need);
};

/** A rule naming no service: the words every version published before service areas used. */
const anyService = (
  candidates: readonly VacancyView[],
  jobFamily: string,
  toGrade: string,
  vacancyId: string | undefined,
) => {
  const open = candidates.find((v) => v.status === 'open');
  if (open !== undefined)
    return met(open.eventIds, `vacancy ${open.vacancyId} at ${toGrade} is open`);
  const need =
    vacancyId === undefined
      ? `an open ${jobFamily} vacancy at ${toGrade}`
      : `vacancy ${vacancyId} open at ${toGrade}`;
  const closed = candidates[0];
  return closed === undefined
    ? unmet([], `no open vacancy at ${toGrade}`, need)
    : unmet(closed.eventIds, `vacancy ${closed.vacancyId} is ${closed.status}`, need);
};
