import type { Database } from 'better-sqlite3';
import { parseStreamName } from '@ladder/domain';
import type { RecordedEvent } from '@ladder/event-store';
import * as E from 'fp-ts/Either';
import { memoryOf } from '../read-model-memory';
import type { ProjectionDefinition, TableNamer } from '../runner/definition';

// Caseload (issue 15): each case Ladder allocates, who held it from when to when, and the
// flags that put it before a manager for reallocation. Folded from the `allocation-<ref>`
// streams; "as of a date" questions read the date ranges.

export const CASE = 'caseload_case';
export const HOLDING = 'caseload_holding';
export const REALLOCATION = 'caseload_reallocation';

const create = (db: Database, t: TableNamer): void => {
  // One row per case: what the rule reads of it (never a child's name), open and closed dates.
  db.exec(`CREATE TABLE "${t(CASE)}" (
    case_reference TEXT PRIMARY KEY,
    team TEXT NOT NULL,
    complexity INTEGER NOT NULL,
    liberty_flags TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    closed_on TEXT
  ) STRICT, WITHOUT ROWID`);
  // Each allocation: held from `from_date` (inclusive) to `to_date` (exclusive, null = still).
  db.exec(`CREATE TABLE "${t(HOLDING)}" (
    case_reference TEXT NOT NULL,
    position INTEGER NOT NULL,
    staff_id TEXT NOT NULL,
    job_family TEXT NOT NULL,
    grade TEXT NOT NULL,
    framework_version INTEGER NOT NULL,
    from_date TEXT NOT NULL,
    to_date TEXT,
    emergency_reason TEXT,
    starts_at TEXT,
    expires_at TEXT,
    over_limit REAL,
    PRIMARY KEY (case_reference, position)
  ) STRICT, WITHOUT ROWID`);
  db.exec(`CREATE INDEX "${t(HOLDING)}_open" ON "${t(HOLDING)}" (case_reference, to_date)`);
  // The caseload process's flags: the holder left, or their grade no longer covers the case.
  db.exec(`CREATE TABLE "${t(REALLOCATION)}" (
    case_reference TEXT NOT NULL,
    position INTEGER NOT NULL,
    staff_id TEXT NOT NULL,
    cause TEXT NOT NULL,
    flagged_on TEXT NOT NULL,
    PRIMARY KEY (case_reference, position)
  ) STRICT, WITHOUT ROWID`);
};

const queryIndexes = (t: TableNamer): readonly string[] => [
  `CREATE INDEX "${t(HOLDING)}_staff" ON "${t(HOLDING)}" (staff_id, from_date)`,
];

const caseReferenceOf = (event: RecordedEvent): string | null => {
  const stream = parseStreamName(event.streamName);
  return E.isRight(stream) && stream.right.kind === 'allocation' ? stream.right.id : null;
};

const bind = (db: Database, t: TableNamer) => {
  const domainEventOf = memoryOf(db).domainEventOf;
  const open = db.prepare(`INSERT OR IGNORE INTO "${t(CASE)}"
    (case_reference, team, complexity, liberty_flags, opened_on) VALUES (?, ?, ?, ?, ?)`);
  const close = db.prepare(`UPDATE "${t(CASE)}" SET closed_on = ? WHERE case_reference = ?`);
  const endHolding = db.prepare(
    `UPDATE "${t(HOLDING)}" SET to_date = ? WHERE case_reference = ? AND to_date IS NULL`,
  );
  const hold = db.prepare(`INSERT OR IGNORE INTO "${t(HOLDING)}" (case_reference, position,
    staff_id, job_family, grade, framework_version, from_date, emergency_reason, starts_at,
    expires_at, over_limit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const flag = db.prepare(`INSERT OR IGNORE INTO "${t(REALLOCATION)}"
    (case_reference, position, staff_id, cause, flagged_on) VALUES (?, ?, ?, ?, ?)`);
  return {
    apply(event: RecordedEvent): void {
      const ref = caseReferenceOf(event);
      if (ref === null) return;
      const e = domainEventOf(event);
      if (e === null) return;
      switch (e.type) {
        case 'CaseOpened':
          open.run(
            ref,
            e.data.team,
            e.data.complexity,
            e.data.libertyFlags.join(','),
            e.data.openedOn,
          );
          return;
        case 'CaseAllocated':
        case 'CaseReallocated':
        case 'CaseEmergencyAllocated': {
          const on = e.type === 'CaseReallocated' ? e.data.reallocatedOn : e.data.allocatedOn;
          const emergency = e.type === 'CaseEmergencyAllocated' ? e.data : null;
          endHolding.run(on, ref);
          hold.run(
            ref,
            event.position,
            e.data.staffId,
            e.data.jobFamily,
            e.data.grade,
            e.data.frameworkVersion,
            on,
            // The manager's reason travels in the envelope, not the payload.
            emergency === null ? null : (event.reason ?? ''),
            emergency?.startsAt ?? null,
            emergency?.expiresAt ?? null,
            e.data.overLimit?.limit ?? null,
          );
          return;
        }
        case 'CaseNeedsReallocation':
          flag.run(ref, event.position, e.data.staffId, e.data.cause, e.data.flaggedOn);
          return;
        case 'CaseClosed':
          endHolding.run(e.data.closedOn, ref);
          close.run(e.data.closedOn, ref);
          return;
        default:
          return;
      }
    },
  };
};

/** Cases, who held each when, and the reallocation flags: caseload as of any date. */
export const caseloadProjection: ProjectionDefinition = {
  name: 'caseload',
  version: 1,
  tables: [CASE, HOLDING, REALLOCATION],
  create,
  queryIndexes,
  bind,
};
