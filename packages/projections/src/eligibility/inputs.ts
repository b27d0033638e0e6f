import type { Database } from 'better-sqlite3';
import {
  StreamId,
  streamNameOf,
  type DecodedFact,
  type FrameworkCatalogue,
  type RecordedFact,
} from '@ladder/domain';
import type { TableNamer } from '../runner/definition';
import { decidingVacancies } from './deciding-vacancies';
import { readFact } from './facts';
import { familyFrameworks } from './frameworks';
import { ALL_GRADES, FACT, SCOPE, SHARED, STAFF, type StaffRow } from './tables';
import { verdictEvaluator } from './verdicts';

/** How many people's parsed facts the query side keeps. */
const KEPT_PEOPLE = 256;

/** The grades of a family someone can progress to (all but the first, in any version). */
const targetGrades = (catalogue: FrameworkCatalogue): string[] => [
  ...new Set(catalogue.flatMap((f) => f.grades.slice(1).map((g) => g.code))),
];

/**
 * Everything an evaluation of one person reads, from the tables `t` names, and the verdicts
 * over it. With `keepPeople` (the query side, which asks about the same people again), a
 * person's parsed facts are kept between queries until a new fact arrives; what is kept
 * belongs to this object and goes with it.
 */
export const evaluationInputs = (db: Database, t: TableNamer, keepPeople = false) => {
  const verdicts = verdictEvaluator();
  const vacancies = decidingVacancies(db, t);
  const staff = db.prepare<[string], StaffRow>(`SELECT * FROM "${t(STAFF)}" WHERE staff_id = ?`);
  const own = db.prepare<[string], { envelope: string }>(
    `SELECT envelope FROM "${t(FACT)}" WHERE staff_id = ? ORDER BY position`,
  );
  const version = db.prepare<[string], { n: number; last: number | null }>(
    `SELECT count(*) AS n, max(position) AS last FROM "${t(FACT)}" WHERE staff_id = ?`,
  );
  // The family's rules: its policy versions and its career framework versions.
  const policies = db.prepare<[string], { envelope: string }>(
    `SELECT envelope FROM "${t(SHARED)}" WHERE kind IN ('policy', 'framework') AND job_family = ? ORDER BY position`,
  );
  const policyVersion = db.prepare<[string], { n: number; last: number | null }>(
    `SELECT count(*) AS n, max(position) AS last FROM "${t(SHARED)}" WHERE kind IN ('policy', 'framework') AND job_family = ?`,
  );
  const frameworksOf = familyFrameworks(db, t);
  // The grades each family's people may move to, read once until `forget`.
  const targets = new Map<string, string[]>();
  const targetsOf = (family: string): string[] => {
    const hit = targets.get(family);
    if (hit !== undefined) return hit;
    const grades = targetGrades(frameworksOf(family));
    targets.set(family, grades);
    return grades;
  };
  const streamFacts = db.prepare<[string], { envelope: string }>(
    `SELECT envelope FROM "${t(SHARED)}" WHERE stream_name = ? ORDER BY position`,
  );
  const scope = db.prepare<[string, string], { clock_effective: string; clock_known: string }>(
    `SELECT clock_effective, clock_known FROM "${t(SCOPE)}" WHERE job_family = ? AND grade = ?`,
  );
  const keptPeople = new Map<string, RecordedFact[]>();
  const policyLists = new Map<string, RecordedFact[]>();
  const policyKept = new Map<string, { key: string; facts: RecordedFact[] }>();

  const ownFacts = (staffId: string): RecordedFact[] => {
    if (!keepPeople) return own.all(staffId).map((r) => readFact(r.envelope));
    // Facts are only ever added, so their count and last position identify the list.
    const v = version.get(staffId);
    const key = `${staffId}:${v?.n ?? 0}:${v?.last ?? 0}`;
    const hit = keptPeople.get(key);
    if (hit !== undefined) return hit;
    const facts = own.all(staffId).map((r) => readFact(r.envelope));
    if (keptPeople.size >= KEPT_PEOPLE) keptPeople.delete(keptPeople.keys().next().value ?? '');
    keptPeople.set(key, facts);
    return facts;
  };
  const vacancyFacts = (row: StaffRow, effectiveOn: string, knownAt: string, forProbes: boolean) =>
    // The grade the person is moving to depends on the date and what was known then, so
    // the deciding vacancies of every grade that can be moved to are included.
    targetsOf(row.job_family).map((grade) =>
      vacancies.facts(row.job_family, grade, effectiveOn, knownAt, forProbes),
    );

  return {
    verdicts,
    staff: (staffId: string): StaffRow | undefined => staff.get(staffId),
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
      ...vacancyFacts(row, effectiveOn, knownAt, forProbes).flat(),
    ],
    /**
     * `history`, decoded: each kept list of facts is decoded once and reused. With `vacancyId`
     * (a regrade case's), that vacancy's facts are added, each fact once, so the vacancy
     * criterion is judged on the post the case names rather than the first one open.
     */
    decodedHistory: (
      row: StaffRow,
      effectiveOn: string,
      knownAt: string,
      vacancyId?: string,
    ): DecodedFact[] => {
      const decoded = [
        ...verdicts.decodedOnce(ownFacts(row.staff_id)),
        ...vacancyFacts(row, effectiveOn, knownAt, false).flatMap(verdicts.decodedOnce),
      ];
      if (vacancyId === undefined) return decoded;
      const seen = new Set(decoded.map((f) => f.eventId));
      const named = streamFacts
        .all(streamNameOf(StreamId.vacancy(vacancyId)))
        .map((r) => readFact(r.envelope));
      return [...decoded, ...verdicts.decodedOnce(named).filter((f) => !seen.has(f.eventId))];
    },
    /** Drops remembered vacancy answers and policy lists (call before new events can have arrived). */
    forget: (): void => {
      vacancies.forget();
      policyLists.clear();
      targets.clear();
    },
    /**
     * The family's policy and career framework facts; the same list object until `forget`,
     * and after it for as long as no such fact is added, so their decodings are reused.
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
