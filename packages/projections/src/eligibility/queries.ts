import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { Verdict } from '@ladder/domain';
import { checkDate, checkDateOrTime, invalidQuery, type InvalidQuery } from '../query-error';
import { memoryOf } from '../read-model-memory';
import type { EvaluationInputs } from './inputs';
import type { Move } from './verdicts';

// The inputs (prepared statements, and the parsed facts they keep) belong to the database's
// memory, shared by the queries on it.
export const inputsFor = (db: Database): EvaluationInputs => {
  const inputs = memoryOf(db).eligibilityQueries();
  // New events may have arrived since the last query.
  inputs.forget();
  return inputs;
};

export const parseVerdict = (json: string): Verdict => {
  const decoded = Verdict.decode(JSON.parse(json));
  if (E.isLeft(decoded)) throw new Error('stored verdict does not match the Verdict codec');
  return decoded.right;
};

export type EligibilityError =
  | InvalidQuery
  | { readonly code: 'StaffNotFound'; readonly staffId: string; readonly message: string };

/**
 * One person's explained verdict on any date, as known at any instant (default: everything
 * recorded about them), evaluated on demand from their history in the read model. With a
 * move (a regrade case's grade and vacancy), that move is judged rather than the next grade.
 */
export const eligibilityOn = (
  db: Database,
  staffId: string,
  query: { readonly effectiveOn: string; readonly knownAt?: string } & Move,
): E.Either<EligibilityError, Verdict> => {
  const effectiveOn = checkDate('effectiveOn', query.effectiveOn);
  if (E.isLeft(effectiveOn)) return effectiveOn;
  if (query.knownAt !== undefined) {
    const knownAt = checkDateOrTime('knownAt', query.knownAt);
    if (E.isLeft(knownAt)) return knownAt;
    if (!query.knownAt.includes('T'))
      return invalidQuery('knownAt', 'must be an ISO 8601 date-time with a time zone');
  }
  const inputs = inputsFor(db);
  const row = inputs.staff(staffId);
  if (row === undefined)
    return E.left({
      code: 'StaffNotFound',
      staffId,
      message: `no staff member ${staffId} in the eligibility read model`,
    });
  const knownAt = query.knownAt ?? inputs.clock(row).knownAt;
  const { toGrade, vacancyId } = query;
  return E.right(
    inputs.verdicts.verdictOn(
      inputs.decodedHistory(row, effectiveOn.right, knownAt, vacancyId),
      inputs.policyFacts(row),
      staffId,
      effectiveOn.right,
      knownAt,
      {
        ...(toGrade !== undefined ? { toGrade } : {}),
        ...(vacancyId !== undefined ? { vacancyId } : {}),
      },
    ),
  );
};
