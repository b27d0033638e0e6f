import { plainMessage, type Problem } from '../../api/problem';

// What is wrong with a policy document, each line naming the path it is about
// ("criteria[2].rule.months must be PositiveInteger"), as the API named it.

/** The document's own paths: the API names them inside the body's `document`. */
const pathOf = (field: string): string => field.replace(/^document\.?/, '') || 'the document';

export const policyErrorsOf = (problem: Problem | null): string[] => {
  if (problem === null) return [];
  const listed = problem.errors ?? [];
  if (listed.length > 0) return listed.map((e) => `${pathOf(e.field)} ${plainMessage(e.message)}`);
  // A rule the codec cannot check (ids repeated, a grade not of the family) names its path in
  // the detail; the rule's own words lead.
  const detail = problem.detail.replace(/\bdocument\./g, '');
  return [
    problem.rule !== undefined || problem.title !== ''
      ? `${problem.rule ?? problem.title}: ${detail}`
      : detail,
  ];
};
