import * as E from 'fp-ts/Either';
import type { DomainError } from '../errors';
import type { IsoDate } from '../primitives/time';
import { frameworkInForce, type FrameworkCatalogue } from './catalogue';
import type { FrameworkDocument, FrameworkGrade } from './document';
import { gradeIn } from './ladder';
import { gradeOutsideFramework, noFrameworkInForce } from './refusals';

export interface GradeOnDate {
  readonly framework: FrameworkDocument;
  readonly grade: FrameworkGrade;
}

/** A grade checked against the family's framework in force on the date, not against a type. */
export const gradeOnDate = (
  catalogue: FrameworkCatalogue,
  family: string,
  grade: string,
  on: IsoDate,
): E.Either<DomainError, GradeOnDate> => {
  const framework = frameworkInForce(catalogue, family, on);
  if (framework === undefined) return E.left(noFrameworkInForce(family, on));
  const info = gradeIn(framework, grade);
  return info === undefined
    ? E.left(gradeOutsideFramework(framework, grade))
    : E.right({ framework, grade: info });
};
