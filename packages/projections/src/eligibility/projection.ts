import type { Database } from 'better-sqlite3';
import { decodeFacts, nextGrade, type JobFamily } from '@ladder/domain';
import type { RecordedEvent } from '@ladder/event-store';
import { addMonths } from '../dates';
import { domainEventOf, effectiveDate, streamIdOf } from '../domain-event';
import type { ProjectionDefinition, TableNamer } from '../runner/definition';
import { storeFact } from './facts';
import { candidateDates, periodsIn } from './holds-until';
import {
  ALL_GRADES,
  DIRTY,
  DIRTY_SCOPE,
  FACT,
  SCOPE,
  SHARED,
  STAFF,
  VACANCY,
  VERDICT,
  evaluationInputs,
  verdictOnDecoded,
  verdictSignature,
  type StaffRow,
} from './inputs';

/** How far ahead "holds until" is searched, and how many dates are tried. */
const HORIZON_MONTHS = 60;
const MAX_PROBES = 40;
/** People re-evaluated per settling slice (one transaction each). */
const SETTLE_SLICE = 200;

const create = (db: Database, t: TableNamer): void => {
  db.exec(`CREATE TABLE "${t(STAFF)}" (
    staff_id TEXT PRIMARY KEY,
    job_family TEXT NOT NULL,
    next_grade TEXT,
    joined_on TEXT NOT NULL,
    left_on TEXT,
    clock_effective TEXT NOT NULL,
    clock_known TEXT NOT NULL
  ) STRICT`);
  db.exec(`CREATE INDEX "${t(STAFF)}_scope" ON "${t(STAFF)}" (job_family, next_grade)`);
  db.exec(`CREATE TABLE "${t(FACT)}" (
    staff_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    envelope TEXT NOT NULL,
    PRIMARY KEY (staff_id, position)
  ) STRICT, WITHOUT ROWID`);
  db.exec(`CREATE TABLE "${t(SHARED)}" (
    position INTEGER PRIMARY KEY,
    stream_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('vacancy', 'policy')),
    job_family TEXT NOT NULL,
    grade TEXT,
    envelope TEXT NOT NULL
  ) STRICT`);
  db.exec(
    `CREATE INDEX "${t(SHARED)}_scope" ON "${t(SHARED)}" (kind, job_family, grade, position)`,
  );
  db.exec(`CREATE INDEX "${t(SHARED)}_stream" ON "${t(SHARED)}" (stream_name, position)`);
  // When each vacancy opened and closed (effective dates of those events, and when they were
  // recorded), so an evaluation reads only the vacancies that can decide its answer.
  db.exec(`CREATE TABLE "${t(VACANCY)}" (
    stream_name TEXT PRIMARY KEY,
    vacancy_id TEXT NOT NULL,
    job_family TEXT NOT NULL,
    grade TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    opened_known TEXT NOT NULL,
    closed_on TEXT,
    closed_known TEXT
  ) STRICT, WITHOUT ROWID`);
  db.exec(`CREATE INDEX "${t(VACANCY)}_id" ON "${t(VACANCY)}" (job_family, grade, vacancy_id)`);
  // The few still open, and those closed after a date or recorded closed after an instant.
  db.exec(
    `CREATE INDEX "${t(VACANCY)}_open" ON "${t(VACANCY)}" (job_family, grade, vacancy_id) WHERE closed_on IS NULL`,
  );
  db.exec(
    `CREATE INDEX "${t(VACANCY)}_closed_on" ON "${t(VACANCY)}" (job_family, grade, closed_on)`,
  );
  db.exec(
    `CREATE INDEX "${t(VACANCY)}_closed_known" ON "${t(VACANCY)}" (job_family, grade, closed_known)`,
  );
  db.exec(`CREATE INDEX "${t(VACANCY)}_opened" ON "${t(VACANCY)}" (job_family, grade, opened_on)`);
  db.exec(`CREATE TABLE "${t(SCOPE)}" (
    job_family TEXT NOT NULL,
    grade TEXT NOT NULL,
    clock_effective TEXT NOT NULL,
    clock_known TEXT NOT NULL,
    PRIMARY KEY (job_family, grade)
  ) STRICT, WITHOUT ROWID`);
  db.exec(`CREATE TABLE "${t(DIRTY)}" (staff_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID`);
  db.exec(`CREATE TABLE "${t(DIRTY_SCOPE)}" (
    job_family TEXT NOT NULL,
    grade TEXT NOT NULL,
    PRIMARY KEY (job_family, grade)
  ) STRICT, WITHOUT ROWID`);
  db.exec(`CREATE TABLE "${t(VERDICT)}" (
    staff_id TEXT PRIMARY KEY,
    job_family TEXT NOT NULL,
    from_grade TEXT,
    to_grade TEXT,
    effective_on TEXT NOT NULL,
    known_at TEXT NOT NULL,
    holds_until TEXT,
    outcome TEXT NOT NULL,
    eligible INTEGER NOT NULL,
    summary TEXT NOT NULL,
    verdict TEXT NOT NULL
  ) STRICT`);
  db.exec(`CREATE INDEX "${t(VERDICT)}_holds" ON "${t(VERDICT)}" (holds_until)`);
};

const bind = (db: Database, t: TableNamer) => {
  const inputs = evaluationInputs(db, t);
  const addFact = db.prepare(
    `INSERT INTO "${t(FACT)}" (staff_id, position, envelope) VALUES (?, ?, ?)`,
  );
  const join =
    db.prepare(`INSERT INTO "${t(STAFF)}" (staff_id, job_family, next_grade, joined_on, clock_effective, clock_known)
    VALUES (@staffId, @family, @next, @joinedOn, @effective, @known)
    ON CONFLICT (staff_id) DO UPDATE SET job_family = excluded.job_family, next_grade = excluded.next_grade,
      joined_on = excluded.joined_on`);
  const familyOf = db.prepare<[string], { job_family: JobFamily }>(
    `SELECT job_family FROM "${t(STAFF)}" WHERE staff_id = ?`,
  );
  const setNext = db.prepare(`UPDATE "${t(STAFF)}" SET next_grade = ? WHERE staff_id = ?`);
  const leave = db.prepare(`UPDATE "${t(STAFF)}" SET left_on = ? WHERE staff_id = ?`);
  const tick = db.prepare(`UPDATE "${t(STAFF)}" SET clock_effective = max(clock_effective, ?),
    clock_known = max(clock_known, ?) WHERE staff_id = ?`);
  const dirty = db.prepare(`INSERT OR IGNORE INTO "${t(DIRTY)}" (staff_id) VALUES (?)`);
  const addShared = db.prepare(
    `INSERT INTO "${t(SHARED)}" (position, stream_name, kind, job_family, grade, envelope) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const closeVacancy = db.prepare(
    `UPDATE "${t(VACANCY)}" SET closed_on = ?, closed_known = ? WHERE stream_name = ?`,
  );
  const addVacancy =
    db.prepare(`INSERT OR IGNORE INTO "${t(VACANCY)}" (stream_name, vacancy_id, job_family,
    grade, opened_on, opened_known) VALUES (?, ?, ?, ?, ?, ?)`);
  const vacancyScope = db.prepare<[string], { job_family: string; grade: string }>(
    `SELECT job_family, grade FROM "${t(VACANCY)}" WHERE stream_name = ?`,
  );
  const tickScope =
    db.prepare(`INSERT INTO "${t(SCOPE)}" (job_family, grade, clock_effective, clock_known)
    VALUES (@family, @grade, @effective, @known) ON CONFLICT (job_family, grade) DO UPDATE SET
      clock_effective = max(clock_effective, excluded.clock_effective), clock_known = max(clock_known, excluded.clock_known)`);
  const dirtyScope = db.prepare(
    `INSERT OR IGNORE INTO "${t(DIRTY_SCOPE)}" (job_family, grade) VALUES (?, ?)`,
  );
  // A vacancy or policy event makes everyone it concerns due for re-evaluation.
  const expandScopes = db.prepare(`INSERT OR IGNORE INTO "${t(DIRTY)}" (staff_id)
    SELECT s.staff_id FROM "${t(STAFF)}" s JOIN "${t(DIRTY_SCOPE)}" d ON d.job_family = s.job_family
      AND (d.grade = '${ALL_GRADES}' OR d.grade = s.next_grade)`);
  const clearDirtyScope = db.prepare(`DELETE FROM "${t(DIRTY_SCOPE)}"`);
  const nextDirty = db.prepare<[number], { staff_id: string }>(
    `SELECT staff_id FROM "${t(DIRTY)}" ORDER BY staff_id LIMIT ?`,
  );
  const settledStaff = db.prepare(`DELETE FROM "${t(DIRTY)}" WHERE staff_id = ?`);
  const dropVerdict = db.prepare(`DELETE FROM "${t(VERDICT)}" WHERE staff_id = ?`);
  const putVerdict =
    db.prepare(`INSERT OR REPLACE INTO "${t(VERDICT)}" (staff_id, job_family, from_grade, to_grade,
      effective_on, known_at, holds_until, outcome, eligible, summary, verdict)
    VALUES (@staffId, @family, @fromGrade, @toGrade, @effectiveOn, @knownAt, @holdsUntil, @outcome, @eligible, @summary, @verdict)`);

  const shared = (
    event: RecordedEvent,
    kind: 'vacancy' | 'policy',
    family: string,
    grade: string | null,
  ) => {
    addShared.run(event.position, event.streamName, kind, family, grade, storeFact(event));
    const scope = grade ?? ALL_GRADES;
    tickScope.run({
      family,
      grade: scope,
      effective: effectiveDate(event),
      known: event.recordedAt,
    });
    dirtyScope.run(family, scope);
  };

  const evaluateStaff = (row: StaffRow) => {
    const { effectiveOn, knownAt } = inputs.clock(row);
    if (row.left_on !== null && row.left_on <= effectiveOn) {
      dropVerdict.run(row.staff_id);
      return;
    }
    const history = inputs.history(row, effectiveOn, knownAt, true);
    const policyFacts = inputs.policyFacts(row);
    // Decoded once for the verdict and every date probed below.
    const decoded = decodeFacts(history);
    const verdict = verdictOnDecoded(decoded, policyFacts, row.staff_id, effectiveOn, knownAt);
    // Until when time alone leaves it as it is. Only three kinds of date can change it: the
    // evidence a met criterion rests on ageing out (its dates plus a criterion's period), a
    // fact or vacancy whose effective date is still to come, and a policy version taking effect.
    const periods = new Set<number>();
    periodsIn(
      policyFacts.map((f) => f.data),
      periods,
    );
    const horizon = addMonths(effectiveOn, HORIZON_MONTHS);
    const restedOn = new Set(verdict.lines.flatMap((l) => (l.status === 'met' ? l.restedOn : [])));
    const dated = history.flatMap((f) =>
      restedOn.has(f.eventId) || f.effectiveAt.slice(0, 10) > effectiveOn
        ? [[f.effectiveAt, f.data]]
        : [],
    );
    const candidates = candidateDates(
      [...dated, ...policyFacts.map((f) => f.data)],
      periods,
      effectiveOn,
      horizon,
    );
    const signature = verdictSignature(verdict);
    let holdsUntil: string | null = null;
    // At the top of the ladder nothing time does changes the answer.
    const tried = verdict.outcome === 'no-next-grade' ? [] : candidates.slice(0, MAX_PROBES);
    for (const date of tried) {
      if (
        verdictSignature(verdictOnDecoded(decoded, policyFacts, row.staff_id, date, knownAt)) !==
        signature
      ) {
        holdsUntil = date;
        break;
      }
    }
    // Not all candidates tried: it holds at least until the last one tried, not forever.
    if (holdsUntil === null && tried.length > 0 && candidates.length > tried.length)
      holdsUntil = tried[tried.length - 1] ?? null;
    putVerdict.run({
      staffId: row.staff_id,
      family: row.job_family,
      fromGrade: verdict.fromGrade,
      toGrade: verdict.toGrade,
      effectiveOn,
      knownAt,
      holdsUntil,
      outcome: verdict.outcome,
      eligible: verdict.eligible ? 1 : 0,
      summary: verdict.summary,
      verdict: JSON.stringify(verdict),
    });
  };

  return {
    apply(event: RecordedEvent): void {
      const staffId = streamIdOf(event, 'staff');
      const vacancy = streamIdOf(event, 'vacancy');
      const policy = streamIdOf(event, 'policy');
      if (staffId === null && vacancy === null && policy === null) return;
      const e = domainEventOf(event);
      if (e === null) return;
      if (staffId !== null) {
        if (e.type === 'StaffJoined')
          join.run({
            staffId,
            family: e.data.jobFamily,
            next: nextGrade(e.data.jobFamily, e.data.grade) ?? null,
            joinedOn: e.data.joinedOn,
            effective: effectiveDate(event),
            known: event.recordedAt,
          });
        const family = familyOf.get(staffId)?.job_family;
        if (family === undefined) return; // nothing to judge before the person joined
        addFact.run(staffId, event.position, storeFact(event));
        if (e.type === 'GradeChanged') setNext.run(nextGrade(family, e.data.to) ?? null, staffId);
        if (e.type === 'StaffLeft') leave.run(e.data.leftOn, staffId);
        tick.run(effectiveDate(event), event.recordedAt, staffId);
        dirty.run(staffId);
        return;
      }
      if (e.type === 'VacancyOpened') {
        addVacancy.run(
          event.streamName,
          e.data.vacancyId,
          e.data.jobFamily,
          e.data.grade,
          effectiveDate(event),
          event.recordedAt,
        );
        shared(event, 'vacancy', e.data.jobFamily, e.data.grade);
      } else if (vacancy !== null) {
        const scope = vacancyScope.get(event.streamName);
        if (scope === undefined) return;
        // The evaluator reads a vacancy's status from when its events are effective.
        if (e.type === 'VacancyFilled' || e.type === 'VacancyWithdrawn')
          closeVacancy.run(effectiveDate(event), event.recordedAt, event.streamName);
        shared(event, 'vacancy', scope.job_family, scope.grade);
      } else if (e.type === 'PolicyVersionPublished')
        shared(event, 'policy', e.data.document.family, null);
    },
    settle(): boolean {
      inputs.forget();
      expandScopes.run();
      clearDirtyScope.run();
      const due = nextDirty.all(SETTLE_SLICE);
      for (const { staff_id } of due) {
        const row = inputs.staff(staff_id);
        if (row !== undefined) evaluateStaff(row);
        settledStaff.run(staff_id);
      }
      return due.length < SETTLE_SLICE;
    },
  };
};

/**
 * For each person on the staff, the domain's explained verdict "as of now" for this person
 * (the latest date and recording the log holds about them and the vacancies and policies
 * that concern them), with the date until which time alone leaves it unchanged.
 */
export const eligibilityProjection: ProjectionDefinition = {
  name: 'eligibility',
  version: 3,
  tables: [STAFF, FACT, SHARED, VACANCY, SCOPE, DIRTY, DIRTY_SCOPE, VERDICT],
  create,
  bind,
};
