import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '@ladder/event-store';
import { streamIdOf } from '../domain-event';
import { memoryOf } from '../read-model-memory';
import type { ProjectionDefinition, TableNamer } from '../runner/definition';

export const STAFF = 'directory_staff';
export const GRADE_CHANGE = 'directory_grade_change';

const create = (db: Database, t: TableNamer): void => {
  db.exec(`CREATE TABLE "${t(STAFF)}" (
    staff_id TEXT PRIMARY KEY,
    job_family TEXT NOT NULL,
    joined_grade TEXT NOT NULL,
    grade TEXT NOT NULL,
    grade_since TEXT NOT NULL,
    team TEXT NOT NULL,
    zone TEXT NOT NULL,
    contracted_hours REAL NOT NULL,
    joined_on TEXT NOT NULL,
    line_manager_id TEXT,
    line_manager_event_id TEXT,
    status TEXT NOT NULL,
    left_on TEXT,
    left_event_id TEXT,
    name TEXT
  ) STRICT`);
  db.exec(`CREATE INDEX "${t(STAFF)}_team" ON "${t(STAFF)}" (team, staff_id)`);
  db.exec(`CREATE INDEX "${t(STAFF)}_manager" ON "${t(STAFF)}" (line_manager_id)`);
  // Retractions find what they undo by event id: indexed, or each would scan everyone.
  db.exec(
    `CREATE INDEX "${t(STAFF)}_left_event" ON "${t(STAFF)}" (left_event_id) WHERE left_event_id IS NOT NULL`,
  );
  db.exec(
    `CREATE INDEX "${t(STAFF)}_manager_event" ON "${t(STAFF)}" (line_manager_event_id) WHERE line_manager_event_id IS NOT NULL`,
  );
  db.exec(`CREATE TABLE "${t(GRADE_CHANGE)}" (
    event_id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    position INTEGER NOT NULL,
    grade TEXT NOT NULL
  ) STRICT`);
  db.exec(
    `CREATE INDEX "${t(GRADE_CHANGE)}_staff" ON "${t(GRADE_CHANGE)}" (staff_id, changed_on, position)`,
  );
};

const bind = (db: Database, t: TableNamer) => {
  const domainEventOf = memoryOf(db).domainEventOf;
  const s = t(STAFF);
  const g = t(GRADE_CHANGE);
  const join =
    db.prepare(`INSERT INTO "${s}" (staff_id, job_family, joined_grade, grade, grade_since,
      team, zone, contracted_hours, joined_on, status, name)
    VALUES (@staffId, @jobFamily, @grade, @grade, @joinedOn, @team, @zone, @contractedHours, @joinedOn, 'active', @name)
    ON CONFLICT (staff_id) DO UPDATE SET job_family = excluded.job_family, joined_grade = excluded.joined_grade,
      team = excluded.team, zone = excluded.zone, contracted_hours = excluded.contracted_hours,
      joined_on = excluded.joined_on, name = excluded.name`);
  const addGrade = db.prepare(
    `INSERT INTO "${g}" (event_id, staff_id, changed_on, position, grade) VALUES (?, ?, ?, ?, ?)`,
  );
  const dropGrade = db.prepare<[string], { staff_id: string }>(
    `DELETE FROM "${g}" WHERE event_id = ? RETURNING staff_id`,
  );
  // The grade is the latest standing change by effective date, so a late record lands in place.
  const regrade = db.prepare(`UPDATE "${s}" SET
      grade = coalesce((SELECT grade FROM "${g}" WHERE staff_id = @id ORDER BY changed_on DESC, position DESC LIMIT 1), joined_grade),
      grade_since = coalesce((SELECT changed_on FROM "${g}" WHERE staff_id = @id ORDER BY changed_on DESC, position DESC LIMIT 1), joined_on)
    WHERE staff_id = @id`);
  const leave = db.prepare(
    `UPDATE "${s}" SET status = 'left', left_on = ?, left_event_id = ? WHERE staff_id = ?`,
  );
  const unleave = db.prepare(
    `UPDATE "${s}" SET status = 'active', left_on = NULL, left_event_id = NULL WHERE left_event_id = ?`,
  );
  const manage = db.prepare(
    `UPDATE "${s}" SET line_manager_id = ?, line_manager_event_id = ? WHERE staff_id = ?`,
  );
  const unmanage = db.prepare(
    `UPDATE "${s}" SET line_manager_id = NULL, line_manager_event_id = NULL WHERE staff_id = ? AND line_manager_id = ?`,
  );
  const unassign = db.prepare(
    `UPDATE "${s}" SET line_manager_id = NULL, line_manager_event_id = NULL WHERE line_manager_event_id = ?`,
  );
  const forget = db.prepare(`UPDATE "${s}" SET name = NULL WHERE staff_id = ?`);
  return {
    apply(event: RecordedEvent): void {
      // An erasure (on the person's `personal-` stream) scrubs the copied name at once; a
      // rebuild after it never copies one, the key being gone.
      if (event.type === 'PersonalDataErased') {
        const e = domainEventOf(event);
        if (e?.type === 'PersonalDataErased' && e.data.scope === 'person')
          forget.run(e.data.staffId);
        return;
      }
      const staffId = streamIdOf(event, 'staff');
      if (staffId === null) return;
      const e = domainEventOf(event);
      if (e === null) return;
      switch (e.type) {
        case 'StaffJoined':
          // The name is personal data, kept only for HR's search (never in a planner's answer).
          join.run({ ...e.data, staffId, name: e.data.personal?.name ?? null });
          regrade.run({ id: staffId });
          return;
        case 'GradeChanged':
          addGrade.run(event.eventId, staffId, e.data.changedOn, event.position, e.data.to);
          regrade.run({ id: staffId });
          return;
        case 'StaffLeft':
          leave.run(e.data.leftOn, event.eventId, staffId);
          return;
        case 'LineManagerAssigned':
          manage.run(e.data.managerId, event.eventId, e.data.reportId);
          return;
        case 'LineManagementEnded':
          unmanage.run(e.data.reportId, e.data.managerId);
          return;
        case 'FactRetracted': {
          const id = e.data.retractedEventId;
          const dropped = dropGrade.get(id);
          if (dropped !== undefined) regrade.run({ id: dropped.staff_id });
          unleave.run(id);
          unassign.run(id);
          return;
        }
        default:
          return;
      }
    },
  };
};

/** Who is in which job family, grade, team and zone, under whom, now (latest knowledge). */
export const staffDirectoryProjection: ProjectionDefinition = {
  name: 'staff-directory',
  version: 3,
  tables: [STAFF, GRADE_CHANGE],
  create,
  bind,
};
