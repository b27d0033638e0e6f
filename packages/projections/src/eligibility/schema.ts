import type { Database } from 'better-sqlite3';
import type { TableNamer } from '../runner/definition';
import { DIRTY, DIRTY_SCOPE, FACT, SCOPE, SHARED, STAFF, VACANCY, VERDICT } from './tables';

export const createEligibilityTables = (db: Database, t: TableNamer): void => {
  db.exec(`CREATE TABLE "${t(STAFF)}" (
    staff_id TEXT PRIMARY KEY,
    job_family TEXT NOT NULL,
    grade TEXT NOT NULL,
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
    kind TEXT NOT NULL CHECK (kind IN ('vacancy', 'policy', 'framework')),
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
    service_area TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    opened_known TEXT NOT NULL,
    closed_on TEXT,
    closed_known TEXT
  ) STRICT, WITHOUT ROWID`);
  db.exec(
    `CREATE INDEX "${t(VACANCY)}_id" ON "${t(VACANCY)}" (job_family, grade, service_area, vacancy_id)`,
  );
  // The few still open, and those closed after a date or recorded closed after an instant.
  db.exec(
    `CREATE INDEX "${t(VACANCY)}_open" ON "${t(VACANCY)}" (job_family, grade, service_area, vacancy_id) WHERE closed_on IS NULL`,
  );
  db.exec(
    `CREATE INDEX "${t(VACANCY)}_closed_on" ON "${t(VACANCY)}" (job_family, grade, closed_on)`,
  );
  db.exec(
    `CREATE INDEX "${t(VACANCY)}_closed_known" ON "${t(VACANCY)}" (job_family, grade, closed_known)`,
  );
  db.exec(
    `CREATE INDEX "${t(VACANCY)}_opened" ON "${t(VACANCY)}" (job_family, grade, service_area, opened_on)`,
  );
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
