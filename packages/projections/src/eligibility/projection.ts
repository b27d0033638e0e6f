import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '@ladder/event-store';
import { effectiveDate, streamIdOf } from '../domain-event';
import { memoryOf } from '../read-model-memory';
import type { ProjectionDefinition, TableNamer } from '../runner/definition';
import { staffEvaluator } from './evaluate-staff';
import { evaluationInputs } from './inputs';
import { storeFact } from './facts';
import { familyFrameworks, latestNextGrade } from './frameworks';
import { createEligibilityTables } from './schema';
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
} from './tables';

/** People re-evaluated per settling slice (one transaction each). */
const SETTLE_SLICE = 200;

const bind = (db: Database, t: TableNamer) => {
  const inputs = evaluationInputs(db, t);
  const domainEventOf = memoryOf(db).domainEventOf;
  const addFact = db.prepare(
    `INSERT INTO "${t(FACT)}" (staff_id, position, envelope) VALUES (?, ?, ?)`,
  );
  const join =
    db.prepare(`INSERT INTO "${t(STAFF)}" (staff_id, job_family, grade, next_grade, joined_on, clock_effective, clock_known)
    VALUES (@staffId, @family, @grade, @next, @joinedOn, @effective, @known)
    ON CONFLICT (staff_id) DO UPDATE SET job_family = excluded.job_family, grade = excluded.grade,
      next_grade = excluded.next_grade, joined_on = excluded.joined_on`);
  const familyOf = db.prepare<[string], { job_family: string }>(
    `SELECT job_family FROM "${t(STAFF)}" WHERE staff_id = ?`,
  );
  const setGrade = db.prepare(
    `UPDATE "${t(STAFF)}" SET grade = ?, next_grade = ? WHERE staff_id = ?`,
  );
  const gradesOf = db.prepare<[string], { grade: string }>(
    `SELECT DISTINCT grade FROM "${t(STAFF)}" WHERE job_family = ?`,
  );
  const setNextOfGrade = db.prepare(
    `UPDATE "${t(STAFF)}" SET next_grade = ? WHERE job_family = ? AND grade = ?`,
  );
  const frameworksOf = familyFrameworks(db, t);
  const nextOf = (family: string, grade: string) => latestNextGrade(frameworksOf(family), grade);
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
    grade, service_area, opened_on, opened_known) VALUES (?, ?, ?, ?, ?, ?, ?)`);
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

  const shared = (
    event: RecordedEvent,
    kind: 'vacancy' | 'policy' | 'framework',
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

  const evaluateStaff = staffEvaluator(db, t, inputs);

  return {
    apply(event: RecordedEvent): void {
      const staffId = streamIdOf(event, 'staff');
      const vacancy = streamIdOf(event, 'vacancy');
      const policy = streamIdOf(event, 'policy');
      const framework = streamIdOf(event, 'framework');
      if (staffId === null && vacancy === null && policy === null && framework === null) return;
      const e = domainEventOf(event);
      if (e === null) return;
      if (staffId !== null) {
        if (e.type === 'StaffJoined')
          join.run({
            staffId,
            family: e.data.jobFamily,
            grade: e.data.grade,
            next: nextOf(e.data.jobFamily, e.data.grade),
            joinedOn: e.data.joinedOn,
            effective: effectiveDate(event),
            known: event.recordedAt,
          });
        const family = familyOf.get(staffId)?.job_family;
        if (family === undefined) return; // nothing to judge before the person joined
        addFact.run(staffId, event.position, storeFact(event));
        if (e.type === 'GradeChanged') setGrade.run(e.data.to, nextOf(family, e.data.to), staffId);
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
          e.data.serviceArea,
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
      else if (e.type === 'CareerFrameworkPublished') {
        // A new ladder: everyone of the family is due, and their next grade may have moved.
        const family = e.data.document.family;
        shared(event, 'framework', family, null);
        for (const { grade } of gradesOf.all(family))
          setNextOfGrade.run(nextOf(family, grade), family, grade);
      }
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
  // 4: vacancies keep their service area (the vacancy criterion may name services).
  // 5: career framework facts are the family's rules too; each person's grade is kept.
  // 6: facts kept without their personal part (issue 14).
  version: 6,
  tables: [STAFF, FACT, SHARED, VACANCY, SCOPE, DIRTY, DIRTY_SCOPE, VERDICT],
  create: createEligibilityTables,
  bind,
  // About two thirds of a rebuild's work (verdicts for everyone): a core of its own.
  ownThread: true,
};
