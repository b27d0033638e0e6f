import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '@ladder/event-store';
import { streamIdOf } from '../domain-event';
import { memoryOf } from '../read-model-memory';
import type { ProjectionDefinition, TableNamer } from '../runner/definition';

export const PERSON = 'compliance_person';
export const REGISTRATION = 'compliance_registration';
export const DBS = 'compliance_dbs';
export const TRAINING = 'compliance_training';

const create = (db: Database, t: TableNamer): void => {
  db.exec(`CREATE TABLE "${t(PERSON)}" (
    staff_id TEXT PRIMARY KEY,
    team TEXT NOT NULL,
    joined_on TEXT NOT NULL,
    left_on TEXT,
    left_event_id TEXT
  ) STRICT`);
  db.exec(`CREATE TABLE "${t(REGISTRATION)}" (
    event_id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL,
    regulator TEXT NOT NULL,
    registration_number TEXT NOT NULL,
    registered_on TEXT NOT NULL,
    expires_on TEXT,
    lapsed_on TEXT,
    lapse_event_id TEXT
  ) STRICT`);
  db.exec(
    `CREATE INDEX "${t(REGISTRATION)}_staff" ON "${t(REGISTRATION)}" (staff_id, regulator, registered_on)`,
  );
  // Retractions find what they undo by event id.
  db.exec(
    `CREATE INDEX "${t(REGISTRATION)}_lapse_event" ON "${t(REGISTRATION)}" (lapse_event_id) WHERE lapse_event_id IS NOT NULL`,
  );
  db.exec(
    `CREATE INDEX "${t(PERSON)}_left_event" ON "${t(PERSON)}" (left_event_id) WHERE left_event_id IS NOT NULL`,
  );
  db.exec(`CREATE TABLE "${t(DBS)}" (
    event_id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL,
    level TEXT NOT NULL,
    checked_on TEXT NOT NULL,
    update_service INTEGER NOT NULL
  ) STRICT`);
  db.exec(`CREATE TABLE "${t(TRAINING)}" (
    event_id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL,
    course TEXT NOT NULL,
    completed_on TEXT NOT NULL,
    expires_on TEXT
  ) STRICT`);
};

// Only queries read these (retractions find rows by event id).
const queryIndexes = (t: TableNamer): readonly string[] => [
  `CREATE INDEX "${t(DBS)}_staff" ON "${t(DBS)}" (staff_id, checked_on)`,
  `CREATE INDEX "${t(TRAINING)}_staff" ON "${t(TRAINING)}" (staff_id, course, completed_on)`,
];

const bind = (db: Database, t: TableNamer) => {
  const domainEventOf = memoryOf(db).domainEventOf;
  const join = db.prepare(`INSERT INTO "${t(PERSON)}" (staff_id, team, joined_on) VALUES (?, ?, ?)
    ON CONFLICT (staff_id) DO UPDATE SET team = excluded.team, joined_on = excluded.joined_on`);
  const leave = db.prepare(
    `UPDATE "${t(PERSON)}" SET left_on = ?, left_event_id = ? WHERE staff_id = ?`,
  );
  const unleave = db.prepare(
    `UPDATE "${t(PERSON)}" SET left_on = NULL, left_event_id = NULL WHERE left_event_id = ?`,
  );
  const register = db.prepare(`INSERT INTO "${t(REGISTRATION)}" (event_id, staff_id, regulator,
    registration_number, registered_on, expires_on) VALUES (?, ?, ?, ?, ?, ?)`);
  const lapse = db.prepare(`UPDATE "${t(REGISTRATION)}" SET lapsed_on = ?, lapse_event_id = ?
    WHERE staff_id = ? AND regulator = ? AND registration_number = ? AND lapsed_on IS NULL`);
  const unlapse = db.prepare(
    `UPDATE "${t(REGISTRATION)}" SET lapsed_on = NULL, lapse_event_id = NULL WHERE lapse_event_id = ?`,
  );
  const dbs =
    db.prepare(`INSERT INTO "${t(DBS)}" (event_id, staff_id, level, checked_on, update_service)
    VALUES (?, ?, ?, ?, ?)`);
  const training =
    db.prepare(`INSERT INTO "${t(TRAINING)}" (event_id, staff_id, course, completed_on, expires_on)
    VALUES (?, ?, ?, ?, ?)`);
  const retract = [REGISTRATION, DBS, TRAINING].map((table) =>
    db.prepare(`DELETE FROM "${t(table)}" WHERE event_id = ?`),
  );
  return {
    apply(event: RecordedEvent): void {
      const staffId = streamIdOf(event, 'staff');
      if (staffId === null) return;
      const e = domainEventOf(event);
      if (e === null) return;
      switch (e.type) {
        case 'StaffJoined':
          join.run(staffId, e.data.team, e.data.joinedOn);
          return;
        case 'StaffLeft':
          leave.run(e.data.leftOn, event.eventId, staffId);
          return;
        case 'RegistrationRecorded':
          register.run(
            event.eventId,
            staffId,
            e.data.regulator,
            e.data.registrationNumber,
            e.data.registeredOn,
            e.data.expiresOn ?? null,
          );
          return;
        case 'RegistrationLapsed':
          lapse.run(
            e.data.lapsedOn,
            event.eventId,
            staffId,
            e.data.regulator,
            e.data.registrationNumber,
          );
          return;
        case 'DbsCheckRecorded':
          dbs.run(
            event.eventId,
            staffId,
            e.data.level,
            e.data.checkedOn,
            e.data.updateService ? 1 : 0,
          );
          return;
        case 'TrainingCompleted':
          training.run(
            event.eventId,
            staffId,
            e.data.course,
            e.data.completedOn,
            e.data.expiresOn ?? null,
          );
          return;
        case 'FactRetracted':
          for (const statement of retract) statement.run(e.data.retractedEventId);
          unlapse.run(e.data.retractedEventId);
          unleave.run(e.data.retractedEventId);
          return;
        default:
          return;
      }
    },
  };
};

/** Registrations, DBS checks and training with an expiry, per person. */
export const complianceProjection: ProjectionDefinition = {
  name: 'compliance',
  version: 2,
  tables: [PERSON, REGISTRATION, DBS, TRAINING],
  create,
  queryIndexes,
  bind,
};
