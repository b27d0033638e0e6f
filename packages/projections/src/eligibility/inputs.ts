import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import {
  IsoDate,
  IsoDateTime,
  decodeFacts,
  evaluateDecoded,
  policiesKnownAt,
  jobFamilies,
  type Grade,
  JobFamily,
  type DecodedFact,
  type PolicyDocument,
  type RecordedFact,
  type Verdict,
} from '@ladder/domain';
import type { TableNamer } from '../runner/definition';
import { readFact } from './facts';

export const STAFF = 'eligibility_staff';
export const FACT = 'eligibility_fact';
export const SHARED = 'eligibility_shared';
export const VACANCY = 'eligibility_vacancy';
export const SCOPE = 'eligibility_scope';
export const DIRTY = 'eligibility_dirty';
export const DIRTY_SCOPE = 'eligibility_dirty_scope';
export const VERDICT = 'eligibility_verdict';

/** A scope row for policy events: they concern every grade of the family. */
export const ALL_GRADES = '*';

export interface StaffRow {
  staff_id: string;
  job_family: string;
  next_grade: string | null;
  joined_on: string;
  left_on: string | null;
  clock_effective: string;
  clock_known: string;
}

const CACHE_SIZE = 256;

// Facts decoded once per list of them. With a cache (the query side), a person's list is the
// same object until a new fact arrives, so its decoding serves every date asked about; a
// list that is no longer cached is dropped with its decoding.
const decodedLists = new WeakMap<readonly RecordedFact[], readonly DecodedFact[]>();
const decodedOnce = (facts: readonly RecordedFact[]): readonly DecodedFact[] => {
  const hit = decodedLists.get(facts);
  if (hit !== undefined) return hit;
  const decoded = decodeFacts(facts);
  decodedLists.set(facts, decoded);
  return decoded;
};

/** The grades of a family someone can progress to (all but the first). */
const targetGrades = (family: string): string[] =>
  (JobFamily.is(family) ? jobFamilies[family].grades : []).slice(1).map((g) => g.grade);

/**
 * Everything an evaluation of one person reads, from the tables `t` names. With a cache
 * (the query side passes one per database), a person's parsed facts are reused between
 * queries until a new fact arrives.
 */
export const evaluationInputs = (
  db: Database,
  t: TableNamer,
  cache?: Map<string, RecordedFact[]>,
) => {
  const staff = db.prepare<[string], StaffRow>(`SELECT * FROM "${t(STAFF)}" WHERE staff_id = ?`);
  const own = db.prepare<[string], { envelope: string }>(
    `SELECT envelope FROM "${t(FACT)}" WHERE staff_id = ? ORDER BY position`,
  );
  // The vacancy-open criterion looks at the family's vacancies at the target grade and names
  // the open one with the lowest id, or, if none is open, the lowest id of all. Those two,
  // plus any opening after the date (they matter to the dates "holds until" probes), are all
  // an evaluation needs; a council's years of filled posts are not re-read every time.
  type Scope = { family: string; grade: string; effectiveOn: string; knownAt: string };
  const V = `"${t(VACANCY)}"`;
  const opened = `job_family = @family AND grade = @grade AND +opened_on <= @effectiveOn AND +opened_known <= @knownAt`;
  // Open on the date as known then: not closed yet, closed after the date, or closed but
  // recorded after the instant; each through its own index, lowest id first. (A unary `+`
  // keeps SQLite's planner off an index for that term: without statistics it would walk
  // every vacancy opened before the date instead.)
  const openCandidates = db.prepare<Scope, { stream_name: string; vacancy_id: string }>(
    `SELECT * FROM (SELECT stream_name, vacancy_id FROM ${V}
       WHERE ${opened} AND closed_on IS NULL ORDER BY vacancy_id LIMIT 1)
     UNION ALL SELECT * FROM (SELECT stream_name, vacancy_id FROM ${V}
       WHERE ${opened} AND closed_on > @effectiveOn ORDER BY +vacancy_id LIMIT 1)
     UNION ALL SELECT * FROM (SELECT stream_name, vacancy_id FROM ${V}
       WHERE ${opened} AND closed_known > @knownAt ORDER BY +vacancy_id LIMIT 1)`,
  );
  const lowestOpened = db.prepare<Scope, { stream_name: string; vacancy_id: string }>(
    `SELECT stream_name, vacancy_id FROM ${V} WHERE ${opened} ORDER BY vacancy_id LIMIT 1`,
  );
  // For probing later dates: the first vacancy to open after the date that would change the
  // answer — one with a lower id than the open one it names, or than the lowest of all (any,
  // if there is none). Later openings with higher ids change nothing.
  const firstToMatter = db.prepare<
    Scope & { openId: string | null; lowestId: string | null },
    { stream_name: string }
  >(
    `SELECT stream_name FROM ${V}
     WHERE job_family = @family AND grade = @grade AND opened_on > @effectiveOn AND +opened_known <= @knownAt
       AND (@openId IS NULL OR +vacancy_id < @openId OR @lowestId IS NULL OR +vacancy_id < @lowestId)
     ORDER BY opened_on, vacancy_id LIMIT 1`,
  );
  const eventsOf = db.prepare<[string], { envelope: string; position: number }>(
    `SELECT envelope, position FROM "${t(SHARED)}" WHERE stream_name = ? ORDER BY position`,
  );
  // The vacancy-open criterion looks at the family's vacancies at the target grade and names
  // the open one with the lowest id, or, if none is open, the lowest id of all. Those two
  // (and, for probing later dates, the first opening that would change them) are all an
  // evaluation needs; a council's years of filled posts are not re-read every time.
  const deciding = (scope: Scope, forProbes: boolean): RecordedFact[] => {
    const open = openCandidates
      .all(scope)
      .reduce<{ stream_name: string; vacancy_id: string } | undefined>(
        (best, c) => (best === undefined || c.vacancy_id < best.vacancy_id ? c : best),
        undefined,
      );
    const streams = new Set<string>();
    if (open !== undefined) streams.add(open.stream_name);
    const lowest = lowestOpened.get(scope);
    if (lowest !== undefined) streams.add(lowest.stream_name);
    if (forProbes) {
      const later = firstToMatter.get({
        ...scope,
        openId: open?.vacancy_id ?? null,
        lowestId: lowest?.vacancy_id ?? null,
      });
      if (later !== undefined) streams.add(later.stream_name);
    }
    return [...streams].flatMap((stream) => eventsOf.all(stream).map((r) => readFact(r.envelope)));
  };
  // People in the same family and grade mostly share a clock, so they share this answer.
  const memo = new Map<string, RecordedFact[]>();
  const policyLists = new Map<string, RecordedFact[]>();
  const vacancyFacts = (
    family: string,
    grade: string,
    effectiveOn: string,
    knownAt: string,
    forProbes: boolean,
  ) => {
    const key = `${family}|${grade}|${effectiveOn}|${knownAt}|${forProbes}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const facts = deciding({ family, grade, effectiveOn, knownAt }, forProbes);
    memo.set(key, facts);
    return facts;
  };
  const policies = db.prepare<[string], { envelope: string }>(
    `SELECT envelope FROM "${t(SHARED)}" WHERE kind = 'policy' AND job_family = ? ORDER BY position`,
  );
  const policyVersion = db.prepare<[string], { n: number; last: number | null }>(
    `SELECT count(*) AS n, max(position) AS last FROM "${t(SHARED)}" WHERE kind = 'policy' AND job_family = ?`,
  );
  const policyKept = new Map<string, { key: string; facts: RecordedFact[] }>();
  const scope = db.prepare<[string, string], { clock_effective: string; clock_known: string }>(
    `SELECT clock_effective, clock_known FROM "${t(SCOPE)}" WHERE job_family = ? AND grade = ?`,
  );
  const version = db.prepare<[string], { n: number; last: number | null }>(
    `SELECT count(*) AS n, max(position) AS last FROM "${t(FACT)}" WHERE staff_id = ?`,
  );
  const ownFacts = (staffId: string): RecordedFact[] => {
    if (cache === undefined) return own.all(staffId).map((r) => readFact(r.envelope));
    // Facts are only ever added, so their count and last position identify the list.
    const v = version.get(staffId);
    const key = `${staffId}:${v?.n ?? 0}:${v?.last ?? 0}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const facts = own.all(staffId).map((r) => readFact(r.envelope));
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, facts);
    return facts;
  };
  return {
    staff: (staffId: string): StaffRow | undefined => staff.get(staffId),
    /** `history`, decoded: the person's own facts are decoded once and reused (see the cache). */
    decodedHistory: (
      row: StaffRow,
      effectiveOn: string,
      knownAt: string,
      forProbes = false,
    ): DecodedFact[] => [
      ...decodedOnce(ownFacts(row.staff_id)),
      ...targetGrades(row.job_family).flatMap((grade) =>
        decodedOnce(vacancyFacts(row.job_family, grade, effectiveOn, knownAt, forProbes)),
      ),
    ],
    /**
     * The person's facts, and the facts of the vacancies that decide the vacancy criterion
     * on `effectiveOn` as known at `knownAt` (with `forProbes`, also for the dates after it).
     */
    history: (
      row: StaffRow,
      effectiveOn: string,
      knownAt: string,
      forProbes = false,
    ): RecordedFact[] => [
      ...ownFacts(row.staff_id),
      // The grade the person is moving to depends on the date and what was known then, so
      // the deciding vacancies of every grade that can be moved to are included.
      ...targetGrades(row.job_family).flatMap((grade) =>
        vacancyFacts(row.job_family, grade, effectiveOn, knownAt, forProbes),
      ),
    ],
    /** Drops remembered vacancy answers (call before new events can have arrived). */
    forget: (): void => {
      memo.clear();
      policyLists.clear();
    },
    /**
     * The family's policy facts; the same list object until `forget`, and after it for as
     * long as no policy fact is added, so their decodings are reused.
     */
    policyFacts: (row: StaffRow): RecordedFact[] => {
      const hit = policyLists.get(row.job_family);
      if (hit !== undefined) return hit;
      // Policy facts are only ever added, so their count and last position identify the list.
      const v = policyVersion.get(row.job_family);
      const key = `${v?.n ?? 0}:${v?.last ?? 0}`;
      const kept = policyKept.get(row.job_family);
      const facts =
        kept !== undefined && kept.key === key
          ? kept.facts
          : policies.all(row.job_family).map((r) => readFact(r.envelope));
      policyKept.set(row.job_family, { key, facts });
      policyLists.set(row.job_family, facts);
      return facts;
    },
    /**
     * "Now" as far as the log speaks of this person: the latest effective date and the
     * latest recording among their own facts and the vacancy and policy facts that concern them.
     */
    clock: (row: StaffRow): { effectiveOn: string; knownAt: string } => {
      let effectiveOn = row.clock_effective;
      let knownAt = row.clock_known;
      for (const grade of [row.next_grade, ALL_GRADES]) {
        if (grade === null) continue;
        const s = scope.get(row.job_family, grade);
        if (s === undefined) continue;
        if (s.clock_effective > effectiveOn) effectiveOn = s.clock_effective;
        if (s.clock_known > knownAt) knownAt = s.clock_known;
      }
      return { effectiveOn, knownAt };
    },
  };
};

export type EvaluationInputs = ReturnType<typeof evaluationInputs>;

const brand = <A>(
  codec: { decode: (u: unknown) => E.Either<unknown, A> },
  value: string,
  what: string,
): A => {
  const decoded = codec.decode(value);
  if (E.isLeft(decoded)) throw new Error(`${what} "${value}" is not valid`);
  return decoded.right;
};

// Decoding a policy document is costly and the same few are read for every person and every
// probed date: remembered per list of policy facts and per prefix of it known at the instant.
const policyMemo = new WeakMap<readonly RecordedFact[], Map<string, readonly PolicyDocument[]>>();
const policiesAsKnown = (
  policyFacts: readonly RecordedFact[],
  cutoff: number,
): readonly PolicyDocument[] => {
  const known = policyFacts.filter((f) => Date.parse(f.recordedAt) <= cutoff);
  const key = known.map((f) => f.eventId).join(',');
  let byKnown = policyMemo.get(policyFacts);
  if (byKnown === undefined) {
    byKnown = new Map();
    policyMemo.set(policyFacts, byKnown);
  }
  const hit = byKnown.get(key);
  if (hit !== undefined) return hit;
  const documents = policiesKnownAt(known, new Date(cutoff).toISOString());
  byKnown.set(key, documents);
  return documents;
};

/**
 * The domain's explained verdict for one person on a date, as known at an instant, from
 * their history decoded beforehand (`decodeFacts`), so that each further date or instant
 * asked about costs no decoding or date parsing of the facts again.
 */
export const verdictOnDecoded = (
  decoded: readonly DecodedFact[],
  policyFacts: readonly RecordedFact[],
  staffId: string,
  effectiveOn: string,
  knownAt: string,
  toGrade?: Grade,
): Verdict =>
  evaluateDecoded(decoded, policiesAsKnown(policyFacts, Date.parse(knownAt)), {
    effectiveOn: brand(IsoDate, effectiveOn, 'effectiveOn'),
    knownAt: brand(IsoDateTime, knownAt, 'knownAt'),
    staffId,
    ...(toGrade === undefined ? {} : { toGrade }),
  });

/** What must stay the same for a verdict to "hold": its outcome and each line's status and evidence. */
export const verdictSignature = (v: Verdict): string =>
  JSON.stringify([
    v.outcome,
    v.eligible,
    v.policy?.version ?? null,
    v.toGrade,
    v.lines.map((l) => [l.criterionId, l.status, l.restedOn]),
  ]);
