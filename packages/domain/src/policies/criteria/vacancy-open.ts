import { met, unmet, type CriterionFn } from './types';

/** A specific vacant role at the target grade in the family is open on the date. */
export const vacancyOpen: CriterionFn<'vacancy-open'> = (
  _rule,
  { vacancies, jobFamily, toGrade, vacancyId },
) => {
  const candidates = vacancies.filter(
    (v) =>
      v.jobFamily === jobFamily &&
      v.grade === toGrade &&
      (vacancyId === undefined || v.vacancyId === vacancyId),
  );
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
