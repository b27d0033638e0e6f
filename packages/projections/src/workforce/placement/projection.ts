import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '@ladder/event-store';
import { streamIdOf } from '../../domain-event';
import { memoryOf } from '../../read-model-memory';
import type { ProjectionDefinition, TableNamer } from '../../runner/definition';
import { segmentsOf, type ChangeRow } from './segments';

export const CHANGE = 'workforce_change';
export const SEGMENT = 'workforce_segment';

const create = (db: Database, t: TableNamer): void => {
  // The facts that place a person: joining, grade changes, leaving. Segments are derived
  // from them per person, ordered by effective date, so a late record lands in place.
  db.exec(`CREATE TABLE "${t(CHANGE)}" (
    event_id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('joined', 'grade', 'left')),
    on_date TEXT NOT NULL,
    position INTEGER NOT NULL,
    job_family TEXT,
    grade TEXT,
    team TEXT,
    zone TEXT,
    contracted_hours REAL
  ) STRICT`);
  db.exec(`CREATE INDEX "${t(CHANGE)}_staff" ON "${t(CHANGE)}" (staff_id, on_date, position)`);
  // Where a person was, from valid_from (inclusive) to valid_to (exclusive, NULL = open).
  db.exec(`CREATE TABLE "${t(SEGMENT)}" (
    staff_id TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    job_family TEXT NOT NULL,
    grade TEXT NOT NULL,
    grade_since TEXT NOT NULL,
    team TEXT NOT NULL,
    zone TEXT NOT NULL,
    fte REAL NOT NULL,
    PRIMARY KEY (staff_id, valid_from)
  ) STRICT`);
};

// Only queries read it (the fold replaces a person's segments by staff id).
const queryIndexes = (t: TableNamer): readonly string[] => [
  `CREATE INDEX "${t(SEGMENT)}_from" ON "${t(SEGMENT)}" (valid_from)`,
];

interface Place {
  readonly jobFamily?: string;
  readonly grade?: string;
  readonly team?: string;
  readonly zone?: string;
  readonly hours?: number;
}

const bind = (db: Database, t: TableNamer) => {
  const domainEventOf = memoryOf(db).domainEventOf;
  const addChange =
    db.prepare(`INSERT INTO "${t(CHANGE)}" (event_id, staff_id, kind, on_date, position,
      job_family, grade, team, zone, contracted_hours)
    VALUES (@eventId, @staffId, @kind, @onDate, @position, @jobFamily, @grade, @team, @zone, @hours)`);
  const dropChange = db.prepare<[string], { staff_id: string }>(
    `DELETE FROM "${t(CHANGE)}" WHERE event_id = ? RETURNING staff_id`,
  );
  const changesOf = db.prepare<[string], ChangeRow>(
    `SELECT kind, on_date, job_family, grade, team, zone, contracted_hours FROM "${t(CHANGE)}"
     WHERE staff_id = ? ORDER BY on_date, position`,
  );
  const clearSegments = db.prepare(`DELETE FROM "${t(SEGMENT)}" WHERE staff_id = ?`);
  const addSegment =
    db.prepare(`INSERT INTO "${t(SEGMENT)}" (staff_id, valid_from, valid_to, job_family,
      grade, grade_since, team, zone, fte)
    VALUES (@staff_id, @valid_from, @valid_to, @job_family, @grade, @grade_since, @team, @zone, @fte)`);
  const resegment = (staffId: string) => {
    clearSegments.run(staffId);
    for (const s of segmentsOf(staffId, changesOf.all(staffId))) addSegment.run(s);
  };
  const change = (
    event: RecordedEvent,
    staffId: string,
    kind: ChangeRow['kind'],
    onDate: string,
    place: Place = {},
  ) => {
    addChange.run({
      eventId: event.eventId,
      staffId,
      kind,
      onDate,
      position: event.position,
      jobFamily: place.jobFamily ?? null,
      grade: place.grade ?? null,
      team: place.team ?? null,
      zone: place.zone ?? null,
      hours: place.hours ?? null,
    });
    resegment(staffId);
  };

  return {
    apply(event: RecordedEvent): void {
      const e = domainEventOf(event);
      if (e === null) return;
      if (e.type === 'FactRetracted') {
        const dropped = dropChange.get(e.data.retractedEventId);
        if (dropped !== undefined) resegment(dropped.staff_id);
        return;
      }
      const staffId = streamIdOf(event, 'staff');
      if (staffId === null) return;
      switch (e.type) {
        case 'StaffJoined':
          change(event, staffId, 'joined', e.data.joinedOn, {
            jobFamily: e.data.jobFamily,
            grade: e.data.grade,
            team: e.data.team,
            zone: e.data.zone,
            hours: e.data.contractedHours,
          });
          return;
        case 'GradeChanged':
          change(event, staffId, 'grade', e.data.changedOn, { grade: e.data.to });
          return;
        case 'StaffLeft':
          change(event, staffId, 'left', e.data.leftOn);
          return;
        default:
          return;
      }
    },
  };
};

/** Where each person was, when: time-versioned placement (family, grade, team, zone, FTE). */
export const placementProjection: ProjectionDefinition = {
  name: 'workforce-placement',
  version: 1,
  tables: [CHANGE, SEGMENT],
  create,
  queryIndexes,
  bind,
};
