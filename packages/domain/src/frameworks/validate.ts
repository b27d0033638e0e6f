import * as E from 'fp-ts/Either';
import { domainError, type DomainError } from '../errors';
import type { FrameworkDocument } from './document';

const invalid = (field: string, message: string): E.Either<DomainError, never> =>
  E.left(
    domainError(
      'FrameworkInvalid',
      'A career framework lists its grades once each, lowest first',
      `${field} ${message}`,
    ),
  );

/** Checks what the codec cannot: at least one grade, each code and label once. */
export const validateFramework = (
  document: FrameworkDocument,
): E.Either<DomainError, FrameworkDocument> => {
  if (document.grades.length === 0) return invalid('document.grades', 'must list at least one');
  const codes = new Set<string>();
  const labels = new Set<string>();
  for (const [i, grade] of document.grades.entries()) {
    if (codes.has(grade.code))
      return invalid(`document.grades[${i}].code`, `repeats "${grade.code}"`);
    if (labels.has(grade.label))
      return invalid(`document.grades[${i}].label`, `repeats "${grade.label}"`);
    codes.add(grade.code);
    labels.add(grade.label);
  }
  return E.right(document);
};
