import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '@ladder/event-store';
import { memoryOf } from '../../read-model-memory';
import type { ProjectionDefinition, TableNamer } from '../../runner/definition';

export const LINE = 'workforce_line';

const create = (db: Database, t: TableNamer): void => {
  // Who managed whom, from from_date (inclusive) to to_date (exclusive, NULL = still);
  // end_event_id names the event that ended it, so retracting that event reopens the line.
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
};

const bind = (db: Database, t: TableNamer) => {
  const domainEventOf = memoryOf(db).domainEventOf;
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
  return {
    apply(event: RecordedEvent): void {
      const e = domainEventOf(event);
      if (e === null) return;
      switch (e.type) {
        case 'LineManagerAssigned':
          assign.run(event.eventId, e.data.managerId, e.data.reportId, e.data.assignedOn);
          return;
        case 'LineManagementEnded':
          endLine.run(e.data.endedOn, event.eventId, e.data.managerId, e.data.reportId);
          return;
        case 'FactRetracted':
          // A retracted assignment never was; a retracted ending leaves the line open.
          dropLine.run(e.data.retractedEventId);
          reopenLine.run(e.data.retractedEventId);
          return;
        default:
          return;
      }
    },
  };
};

/** Who line-managed whom, over time (a late or retracted record lands in place). */
export const lineManagementProjection: ProjectionDefinition = {
  name: 'workforce-line-management',
  version: 1,
  tables: [LINE],
  create,
  bind,
};
