import { domainError, type DomainError } from '../errors';
import type { FrameworkDocument } from './document';
import { gradeCodes, gradeIn } from './ladder';

// Refusals every decider that reads a framework words the same way.

/** No framework of the family was in force on the date: nothing can be judged against it. */
export const noFrameworkInForce = (family: string, on: string): DomainError =>
  domainError(
    'NoFrameworkInForce',
    'A job family’s grades come from the career framework in force on the date',
    `no ${family} career framework is in force on ${on}; publish one first`,
  );

export const gradeOutsideFramework = (framework: FrameworkDocument, grade: string): DomainError =>
  domainError(
    'GradeOutsideJobFamily',
    'A grade must belong to the job family',
    `grade ${grade} is not a ${framework.family} grade under framework v${framework.version} (${gradeCodes(framework)})`,
  );

/** The span-of-control rule for a grade, in the framework's own words. */
export const spanRule = (framework: FrameworkDocument | undefined, grade: string): string => {
  const info = gradeIn(framework, grade);
  const span = info?.spanOfControl ?? 0;
  const label = info?.label ?? grade;
  return span === 0
    ? `${label} has no line-management responsibility`
    : `${label} may line-manage up to ${span} staff`;
};
