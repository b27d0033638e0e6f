import { domainError, type DomainError } from '../errors';
import { gradeInfo, jobFamilies, type Grade, type JobFamily } from '../job-families';

// Refusals shared by the staff member's rules, worded as the rule they enforce.

export const gradeOutsideFamily = (family: JobFamily, grade: Grade): DomainError =>
  domainError(
    'GradeOutsideJobFamily',
    'A grade must belong to the job family',
    `grade ${grade} is not a ${family} grade (${jobFamilies[family].grades.map((g) => g.grade).join(', ')})`,
  );

export const spanRule = (family: JobFamily, grade: Grade): string => {
  const span = gradeInfo(family, grade)?.spanOfControl ?? 0;
  const label = gradeInfo(family, grade)?.label ?? grade;
  return span === 0
    ? `${label} has no line-management responsibility`
    : `${label} may line-manage up to ${span} staff`;
};

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
