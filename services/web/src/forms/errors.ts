import { messageFor, type Problem } from '../api/problem';
import type { ErrorLink } from '../components/ErrorSummary';

/**
 * The error summary's lines: one per field the problem names (linking to its input id), or the
 * problem itself when it is about the request as a whole (a refusal, a conflict).
 */
export const errorsOf = (
  problem: Problem | null,
  labels: Readonly<Record<string, string>>,
  inputIds: Readonly<Record<string, string>>,
): ErrorLink[] => {
  if (problem === null) return [];
  const fields = Object.keys(labels).flatMap((field) => {
    const text = messageFor(problem, field, labels[field] ?? field);
    return text === undefined ? [] : [{ href: inputIds[field] ?? field, text }];
  });
  if (fields.length > 0) return fields;
  // A refusal leads with the rule it applied, in the rule's own words.
  const lead = problem.rule ?? problem.title;
  return [{ href: '', text: problem.detail === '' ? lead : `${lead}: ${problem.detail}` }];
};
