import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import type { Verdict } from '@ladder/domain';
import { checkDate, type InvalidQuery } from '../query-error';
import { memoryOf } from '../read-model-memory';
import type { EvaluationInputs } from './inputs';
import { eligibilityProjection } from './projection';
import { inputsFor, parseVerdict } from './queries';
import { STAFF, VERDICT, type StaffRow } from './tables';
import type { VerdictsOnDate } from './verdicts-on-date';

export interface PipelineEntry {
  readonly staffId: string;
  readonly verdict: Verdict;
  /** The first date on which time alone may change this verdict; null: not within five years. */
  readonly holdsUntil: string | null;
  /**
   * `stored`: the read model's verdict covers the date; `kept`: evaluated for this date by an
   * earlier ask, on what is still known now; `evaluated`: computed now from the history.
   */
  readonly source: 'stored' | 'kept' | 'evaluated';
}

export interface PipelineQuery {
  /** The date asked about; omitted: each person's stored verdict as it stands. */
  readonly asOf?: string;
  readonly jobFamily?: string;
  readonly onlyEligible?: boolean;
}

interface VerdictRow {
  staff_id: string;
  effective_on: string;
  known_at: string;
  holds_until: string | null;
  verdict: string;
}

const covers = (row: VerdictRow, date: string): boolean =>
  row.effective_on <= date && (row.holds_until === null || date < row.holds_until);

/** How one person stands on a date: the stored verdict, a kept one, or one evaluated now. */
const entryOn = (
  ask: {
    readonly inputs: EvaluationInputs;
    readonly kept: VerdictsOnDate;
    readonly stored: (staffId: string) => VerdictRow | undefined;
  },
  row: StaffRow,
  asOf: string | undefined,
): PipelineEntry | undefined => {
  const stored = ask.stored(row.staff_id);
  const fromStored = (v: VerdictRow): PipelineEntry => ({
    staffId: row.staff_id,
    verdict: parseVerdict(v.verdict),
    holdsUntil: v.holds_until,
    source: 'stored',
  });
  if (asOf === undefined) return stored === undefined ? undefined : fromStored(stored);
  if (stored !== undefined && covers(stored, asOf)) return fromStored(stored);
  const knownAt = ask.inputs.clock(row).knownAt;
  const kept = ask.kept.get(row.staff_id, asOf, knownAt);
  if (kept !== undefined)
    return { staffId: row.staff_id, verdict: parseVerdict(kept), holdsUntil: null, source: 'kept' };
  const verdict = ask.inputs.verdicts.verdictOn(
    ask.inputs.decodedHistory(row, asOf, knownAt),
    ask.inputs.policyFacts(row),
    row.staff_id,
    asOf,
    knownAt,
  );
  ask.kept.keep(row.staff_id, asOf, knownAt, JSON.stringify(verdict));
  return { staffId: row.staff_id, verdict, holdsUntil: null, source: 'evaluated' };
};

const askOn = (db: Database) => {
  const stored = db.prepare<[string], VerdictRow>(`SELECT * FROM ${VERDICT} WHERE staff_id = ?`);
  return {
    inputs: inputsFor(db),
    kept: memoryOf(db).verdictsOnDate(eligibilityProjection.version),
    stored: (staffId: string) => stored.get(staffId),
  };
};

const staffOn = `SELECT * FROM ${STAFF} WHERE (@family IS NULL OR job_family = @family)
  AND (@asOf IS NULL OR (joined_on <= @asOf AND (left_on IS NULL OR left_on > @asOf)))`;

/**
 * The eligibility pipeline: everyone on the staff (on `asOf`, or now) with their explained
 * verdict. A stored verdict answers when the date falls in the window it holds for; any
 * other date is evaluated on demand from the person's history in the read model, and kept
 * for the next ask of that date until something new is known about the person.
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
  const ask = askOn(db);
  const staff = db
    .prepare<{ asOf: string | null; family: string | null }, StaffRow>(
      `${staffOn} ORDER BY staff_id`,
    )
    .all({ asOf: asOf ?? null, family: query.jobFamily ?? null });
  const entries: PipelineEntry[] = [];
  for (const row of staff) {
    const entry = entryOn(ask, row, asOf);
    if (entry !== undefined) entries.push(entry);
  }
  if (asOf !== undefined) ask.kept.prune(asOf);
  return E.right(query.onlyEligible === true ? entries.filter((e) => e.verdict.eligible) : entries);
};

/**
 * Evaluates and keeps everyone's verdict on `asOf` ahead of the asking (the dashboard's
 * today, after a start or when the date turns), yielding to the event loop whenever a slice
 * has run for `sliceMs` (an evaluation takes a few milliseconds: requests wait no longer than
 * that). Returns how many were evaluated now.
 */
export const keepVerdictsOn = async (db: Database, asOf: string, sliceMs = 8): Promise<number> => {
  const next = db.prepare<
    { asOf: string; after: string; limit: number; family: string | null },
    StaffRow
  >(`SELECT * FROM (${staffOn}) WHERE staff_id > @after ORDER BY staff_id LIMIT @limit`);
  let after = '';
  let evaluated = 0;
  for (;;) {
    // Asked afresh each slice: the runner may have applied new events in between.
    const ask = askOn(db);
    const started = performance.now();
    let row: StaffRow | undefined;
    do {
      row = next.get({ asOf, after, limit: 1, family: null });
      if (row === undefined) break;
      after = row.staff_id;
      if (entryOn(ask, row, asOf)?.source === 'evaluated') evaluated++;
    } while (performance.now() - started < sliceMs);
    if (row === undefined) break;
    await nextTurn();
  }
  askOn(db).kept.prune(asOf);
  return evaluated;
};
