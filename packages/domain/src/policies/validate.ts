import * as E from 'fp-ts/Either';
import { domainError, type DomainError } from '../errors';
import { isGradeInFamily } from '../job-families';
import type { CriterionRule } from './criterion';
import type { PolicyDocument } from './document';

const invalid = (field: string, message: string): E.Either<DomainError, never> =>
  E.left(
    domainError(
      'PolicyCriteriaInvalid',
      'A policy names each criterion once and says what meets it',
      `${field} ${message}`,
    ),
  );

/** The list a rule needs to be meetable at all, with its field name. */
const requiredList = (rule: CriterionRule): readonly [string, readonly unknown[]] | undefined => {
  switch (rule.kind) {
    case 'qualification-in-set':
      return ['anyOf', rule.anyOf];
    case 'training-within':
      return ['courses', rule.courses];
    case 'registration-valid':
      return ['regulators', rule.regulators];
    case 'assessment-passed':
      return ['methods', rule.methods];
    default:
      return undefined;
  }
};

/** Checks what the codec cannot: unique ids, meetable rules, grades of the family. */
export const validatePolicy = (document: PolicyDocument): E.Either<DomainError, PolicyDocument> => {
  const seen = new Set<string>();
  for (const [i, criterion] of document.criteria.entries()) {
    const at = `document.criteria[${i}]`;
    if (seen.has(criterion.id)) return invalid(`${at}.id`, `repeats "${criterion.id}"`);
    seen.add(criterion.id);
    const list = requiredList(criterion.rule);
    if (list !== undefined && list[1].length === 0)
      return invalid(`${at}.rule.${list[0]}`, 'must list at least one');
    const stray = criterion.appliesTo?.find((g) => !isGradeInFamily(document.family, g));
    if (stray !== undefined)
      return invalid(`${at}.appliesTo`, `names ${stray}, not a ${document.family} grade`);
  }
  return E.right(document);
};
