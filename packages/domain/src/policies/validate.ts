import * as E from 'fp-ts/Either';
import { domainError, type DomainError } from '../errors';
import { frameworkInForce, type FrameworkCatalogue } from '../frameworks/catalogue';
import { gradeIn } from '../frameworks/ladder';
import { noFrameworkInForce } from '../frameworks/refusals';
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
    case 'vacancy-open':
      return rule.serviceAreas === undefined ? undefined : ['serviceAreas', rule.serviceAreas];
    default:
      return undefined;
  }
};

/**
 * Checks what the codec cannot: unique ids, meetable rules, and grades named by `appliesTo`
 * that are grades of the family's career framework in force when the policy takes effect.
 */
export const validatePolicy = (
  document: PolicyDocument,
  frameworks: FrameworkCatalogue,
): E.Either<DomainError, PolicyDocument> => {
  const framework = frameworkInForce(frameworks, document.family, document.effectiveFrom);
  const seen = new Set<string>();
  for (const [i, criterion] of document.criteria.entries()) {
    const at = `document.criteria[${i}]`;
    if (seen.has(criterion.id)) return invalid(`${at}.id`, `repeats "${criterion.id}"`);
    seen.add(criterion.id);
    const list = requiredList(criterion.rule);
    if (list !== undefined && list[1].length === 0)
      return invalid(`${at}.rule.${list[0]}`, 'must list at least one');
    if (criterion.appliesTo === undefined) continue;
    if (framework === undefined)
      return E.left(noFrameworkInForce(document.family, document.effectiveFrom));
    const stray = criterion.appliesTo.find((g) => gradeIn(framework, g) === undefined);
    if (stray !== undefined)
      return invalid(
        `${at}.appliesTo`,
        `names ${stray}, not a grade of the ${document.family} framework v${framework.version}`,
      );
  }
  return E.right(document);
};
