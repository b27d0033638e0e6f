import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { Verdict } from '@ladder/domain';
import { checkDate, checkDateOrTime, invalidQuery, type InvalidQuery } from '../query-error';
import { memoryOf } from '../read-model-memory';
import type { EvaluationInputs } from './inputs';
import type { Move } from './verdicts';
import { STAFF, VERDICT, type StaffRow } from './tables';

export interface PipelineEntry {
  readonly staffId: string;
  readonly verdict: Verdict;
  /** The first date on which time alone may change this verdict; null: not within five years. */
  readonly holdsUntil: string | null;
  /** `stored`: the read model's verdict covers the date; `evaluated`: computed now from the history. */
  readonly source: 'stored' | 'evaluated';
}

// The inputs (prepared statements, and the parsed facts they keep) belong to the database's
// memory, shared by the queries on it.
const inputsFor = (db: Database): EvaluationInputs => {
  const inputs = memoryOf(db).eligibilityQueries();
  // New events may have arrived since the last query.
  inputs.forget();
  return inputs;
};

const parseVerdict = (json: string): Verdict => {
  const decoded = Verdict.decode(JSON.parse(json));
  if (E.isLeft(decoded)) throw new Error('stored verdict does not match the Verdict codec');
  return decoded.right;
};

interface VerdictRow {
  staff_id: string;
  effective_on: string;
  known_at: string;
  holds_until: string | null;
  verdict: string;
}

const covers = (row: VerdictRow, date: string): boolean =>
  row.effective_on <= date && (row.holds_until === null || date < row.holds_until);

export interface PipelineQuery {
  /** The date asked about; omitted: each person's stored verdict as it stands. */
  readonly asOf?: string;
  readonly jobFamily?: string;
  readonly onlyEligible?: boolean;
}

/**
 * The eligibility pipeline: everyone on the staff (on `asOf`, or now) with their explained
 * verdict. A stored verdict answers when the date falls in the window it holds for; any
 * other date is evaluated on demand from the person's history in the read model.
 */
export const eligibilityPipeline = (
  db: Database,
  query: PipelineQuery = {},
): E.Either<InvalidQuery, PipelineEntry[]> => {
  if (query.asOf !== undefined) {
    const checked = checkDate('asOf', query.asOf);
    if (E.isLeft(checked)) return checked;
  }
  const asOf = query.asOf;
  const inputs = inputsFor(db);
  const staff = db
    .prepare<{ asOf: string | null; family: string | null }, StaffRow>(
      `SELECT * FROM ${STAFF} WHERE (@family IS NULL OR job_family = @family)
       AND (@asOf IS NULL OR (joined_on <= @asOf AND (left_on IS NULL OR left_on > @asOf)))
       ORDER BY staff_id`,
    )
    .all({ asOf: asOf ?? null, family: query.jobFamily ?? null });
  const stored = db.prepare<[string], VerdictRow>(`SELECT * FROM ${VERDICT} WHERE staff_id = ?`);
  const entries: PipelineEntry[] = [];
  for (const row of staff) {
    const kept = stored.get(row.staff_id);
    if (asOf === undefined) {
      if (kept !== undefined)
        entries.push({
          staffId: row.staff_id,
          verdict: parseVerdict(kept.verdict),
          holdsUntil: kept.holds_until,
          source: 'stored',
        });
      continue;
    }
    if (kept !== undefined && covers(kept, asOf)) {
      entries.push({
        staffId: row.staff_id,
        verdict: parseVerdict(kept.verdict),
        holdsUntil: kept.holds_until,
        source: 'stored',
      });
      continue;
    }
    const knownAt = inputs.clock(row).knownAt;
    const verdict = inputs.verdicts.verdictOn(
      inputs.decodedHistory(row, asOf, knownAt),
      inputs.policyFacts(row),
      row.staff_id,
      asOf,
      knownAt,
    );
    entries.push({ staffId: row.staff_id, verdict, holdsUntil: null, source: 'evaluated' });
  }
  return E.right(query.onlyEligible === true ? entries.filter((e) => e.verdict.eligible) : entries);
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
