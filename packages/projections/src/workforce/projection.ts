import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '@ladder/event-store';
import { domainEventOf, effectiveDate, streamIdOf } from '../domain-event';
import type { ProjectionDefinition, TableNamer } from '../runner/definition';

export const CHANGE = 'workforce_change';
export const SEGMENT = 'workforce_segment';
export const LINE = 'workforce_line';
export const VACANCY = 'workforce_vacancy';
export const REGRADE = 'workforce_regrade';
export const REGRADE_STATE = 'workforce_regrade_state';

/** The standard full-time week in English local government (NJC): FTE = hours / 37. */
export const FULL_TIME_HOURS = 37;

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
  db.exec(`CREATE TABLE "${t(LINE)}" (
    event_id TEXT PRIMARY KEY,
    manager_id TEXT NOT NULL,
    report_id TEXT NOT NULL,
    from_date TEXT NOT NULL,
    to_date TEXT,
    end_event_id TEXT
  ) STRICT`);
  db.exec(`CREATE INDEX "${t(LINE)}_pair" ON "${t(LINE)}" (manager_id, report_id)`);
  db.exec(
    `CREATE INDEX "${t(LINE)}_end_event" ON "${t(LINE)}" (end_event_id) WHERE end_event_id IS NOT NULL`,
  );
  db.exec(`CREATE TABLE "${t(VACANCY)}" (
    vacancy_id TEXT PRIMARY KEY,
    stream_id TEXT NOT NULL UNIQUE,
    job_family TEXT NOT NULL,
    grade TEXT NOT NULL,
    team TEXT NOT NULL,
    zone TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    status TEXT NOT NULL,
    closed_on TEXT,
    filled_by TEXT
  ) STRICT`);
  db.exec(`CREATE TABLE "${t(REGRADE)}" (
    stream_id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    job_family TEXT NOT NULL,
    from_grade TEXT NOT NULL,
    to_grade TEXT NOT NULL,
    requested_on TEXT NOT NULL
  ) STRICT`);
  db.exec(`CREATE TABLE "${t(REGRADE_STATE)}" (
    stream_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    state TEXT NOT NULL,
    on_date TEXT NOT NULL,
    PRIMARY KEY (stream_id, position)
  ) STRICT`);
};

interface ChangeRow {
  kind: 'joined' | 'grade' | 'left';
  on_date: string;
  job_family: string | null;
  grade: string | null;
  team: string | null;
  zone: string | null;
  contracted_hours: number | null;
}

interface Segment {
  staff_id: string;
  valid_from: string;
  valid_to: string | null;
  job_family: string;
  grade: string;
  grade_since: string;
  team: string;
  zone: string;
  fte: number;
}

/** Folds one person's changes (in effective order) into the segments of their time on staff. */
export const segmentsOf = (staffId: string, changes: readonly ChangeRow[]): Segment[] => {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  const close = (on: string) => {
    if (current === null) return;
    if (on > current.valid_from) segments.push({ ...current, valid_to: on });
    current = null;
  };
  for (const c of changes) {
    if (c.kind === 'joined') {
      close(c.on_date);
      current = {
        staff_id: staffId,
        valid_from: c.on_date,
        valid_to: null,
        job_family: c.job_family ?? '',
        grade: c.grade ?? '',
        grade_since: c.on_date,
        team: c.team ?? '',
        zone: c.zone ?? '',
        fte: (c.contracted_hours ?? 0) / FULL_TIME_HOURS,
      };
    } else if (c.kind === 'grade' && current !== null) {
      const next: Segment = { ...current, valid_from: c.on_date, grade: c.grade ?? current.grade };
      if (next.grade !== current.grade) next.grade_since = c.on_date;
      close(c.on_date);
      current = next;
    } else if (c.kind === 'left') close(c.on_date);
  }
  if (current !== null) segments.push(current);
  return segments;
};

// Only queries read it (the fold replaces a person's segments by staff id).
const queryIndexes = (t: TableNamer): readonly string[] => [
  `CREATE INDEX "${t(SEGMENT)}_from" ON "${t(SEGMENT)}" (valid_from)`,
];

const bind = (db: Database, t: TableNamer) => {
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
    place: {
      jobFamily?: string;
      grade?: string;
      team?: string;
      zone?: string;
      hours?: number;
    } = {},
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
  const assign = db.prepare(
    `INSERT INTO "${t(LINE)}" (event_id, manager_id, report_id, from_date) VALUES (?, ?, ?, ?)`,
  );
  const endLine = db.prepare(`UPDATE "${t(LINE)}" SET to_date = ?, end_event_id = ?
    WHERE event_id = (SELECT event_id FROM "${t(LINE)}" WHERE manager_id = ? AND report_id = ? AND to_date IS NULL
      ORDER BY from_date DESC LIMIT 1)`);
  const dropLine = db.prepare(`DELETE FROM "${t(LINE)}" WHERE event_id = ?`);
  const reopenLine = db.prepare(
    `UPDATE "${t(LINE)}" SET to_date = NULL, end_event_id = NULL WHERE end_event_id = ?`,
  );
  const openVacancy =
    db.prepare(`INSERT INTO "${t(VACANCY)}" (vacancy_id, stream_id, job_family, grade, team,
      zone, opened_on, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'open')`);
  const closeVacancy = db.prepare(
    `UPDATE "${t(VACANCY)}" SET status = ?, closed_on = ?, filled_by = ? WHERE stream_id = ?`,
  );
  const requestRegrade =
    db.prepare(`INSERT INTO "${t(REGRADE)}" (stream_id, case_id, staff_id, job_family,
      from_grade, to_grade, requested_on) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const regradeState = db.prepare(
    `INSERT INTO "${t(REGRADE_STATE)}" (stream_id, position, state, on_date) VALUES (?, ?, ?, ?)`,
  );

  return {
    apply(event: RecordedEvent): void {
      const e = domainEventOf(event);
      if (e === null) return;
      const staffId = streamIdOf(event, 'staff');
      const vacancy = streamIdOf(event, 'vacancy');
      const regrade = streamIdOf(event, 'regrade');
      switch (e.type) {
        case 'StaffJoined':
          if (staffId !== null)
            change(event, staffId, 'joined', e.data.joinedOn, {
              jobFamily: e.data.jobFamily,
              grade: e.data.grade,
              team: e.data.team,
              zone: e.data.zone,
              hours: e.data.contractedHours,
            });
          return;
        case 'GradeChanged':
          if (staffId !== null)
            change(event, staffId, 'grade', e.data.changedOn, { grade: e.data.to });
          return;
        case 'StaffLeft':
          if (staffId !== null) change(event, staffId, 'left', e.data.leftOn);
          return;
        case 'LineManagerAssigned':
          assign.run(event.eventId, e.data.managerId, e.data.reportId, e.data.assignedOn);
          return;
        case 'LineManagementEnded':
          endLine.run(e.data.endedOn, event.eventId, e.data.managerId, e.data.reportId);
          return;
        case 'FactRetracted': {
          const id = e.data.retractedEventId;
          const dropped = dropChange.get(id);
          if (dropped !== undefined) resegment(dropped.staff_id);
          dropLine.run(id);
          reopenLine.run(id);
          return;
        }
        case 'VacancyOpened':
          if (vacancy !== null)
            openVacancy.run(
              e.data.vacancyId,
              vacancy,
              e.data.jobFamily,
              e.data.grade,
              e.data.team,
              e.data.zone,
              e.data.openedOn,
            );
          return;
        case 'VacancyFilled':
          if (vacancy !== null)
            closeVacancy.run('filled', e.data.filledOn, e.data.staffId, vacancy);
          return;
        case 'VacancyWithdrawn':
          if (vacancy !== null) closeVacancy.run('withdrawn', e.data.withdrawnOn, null, vacancy);
          return;
        case 'RegradeRequested':
          if (regrade === null) return;
          requestRegrade.run(
            regrade,
            e.data.caseId,
            e.data.staffId,
            e.data.jobFamily,
            e.data.fromGrade,
            e.data.toGrade,
            e.data.requestedOn,
          );
          regradeState.run(regrade, event.position, 'requested', e.data.requestedOn);
          return;
        case 'EligibilityAssessed':
          if (regrade !== null)
            regradeState.run(regrade, event.position, 'assessed', effectiveDate(event));
          return;
        case 'RegradeApproved':
          if (regrade !== null)
            regradeState.run(regrade, event.position, 'approved', e.data.approvedOn);
          return;
        case 'RegradeRejected':
          if (regrade !== null)
            regradeState.run(regrade, event.position, 'rejected', e.data.rejectedOn);
          return;
        case 'RegradeCompleted':
          if (regrade !== null)
            regradeState.run(regrade, event.position, 'completed', e.data.completedOn);
          return;
        case 'RegradeWithdrawn':
          if (regrade !== null)
            regradeState.run(regrade, event.position, 'withdrawn', e.data.withdrawnOn);
          return;
        default:
          return;
      }
    },
  };
};

/** Time-versioned placement of every person, line management, vacancies and regrade cases. */
export const workforceProjection: ProjectionDefinition = {
  name: 'workforce',
  version: 2,
  tables: [CHANGE, SEGMENT, LINE, VACANCY, REGRADE, REGRADE_STATE],
  create,
  queryIndexes,
  bind,
};
