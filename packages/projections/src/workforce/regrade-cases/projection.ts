import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '@ladder/event-store';
import { effectiveDate, streamIdOf } from '../../domain-event';
import { memoryOf } from '../../read-model-memory';
import type { ProjectionDefinition, TableNamer } from '../../runner/definition';

export const REGRADE = 'workforce_regrade';
export const REGRADE_STATE = 'workforce_regrade_state';

/** The states a regrade case can be in (the fold records each it enters, with its date). */
export const regradeStates = [
  'requested',
  'assessed',
  'approved',
  'rejected',
  'completed',
  'withdrawn',
] as const;
export type RegradeState = (typeof regradeStates)[number];

const create = (db: Database, t: TableNamer): void => {
  // One row per case, as requested …
  db.exec(`CREATE TABLE "${t(REGRADE)}" (
    stream_id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    job_family TEXT NOT NULL,
    from_grade TEXT NOT NULL,
    to_grade TEXT NOT NULL,
    requested_on TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    vacancy_id TEXT
  ) STRICT`);
  // … and every state it entered, with the date it did, in log order.
  db.exec(`CREATE TABLE "${t(REGRADE_STATE)}" (
    stream_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    state TEXT NOT NULL,
    on_date TEXT NOT NULL,
    PRIMARY KEY (stream_id, position)
  ) STRICT`);
};

const bind = (db: Database, t: TableNamer) => {
  const domainEventOf = memoryOf(db).domainEventOf;
  const requestRegrade =
    db.prepare(`INSERT INTO "${t(REGRADE)}" (stream_id, case_id, staff_id, job_family,
      from_grade, to_grade, requested_on, requested_by, vacancy_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const enter = db.prepare(
    `INSERT INTO "${t(REGRADE_STATE)}" (stream_id, position, state, on_date) VALUES (?, ?, ?, ?)`,
  );
  return {
    apply(event: RecordedEvent): void {
      const regrade = streamIdOf(event, 'regrade');
      if (regrade === null) return;
      const e = domainEventOf(event);
      if (e === null) return;
      const state = (name: RegradeState, onDate: string) =>
        enter.run(regrade, event.position, name, onDate);
      switch (e.type) {
        case 'RegradeRequested':
          requestRegrade.run(
            regrade,
            e.data.caseId,
            e.data.staffId,
            e.data.jobFamily,
            e.data.fromGrade,
            e.data.toGrade,
            e.data.requestedOn,
            // Who asked: a manager's own cases, and nobody approves their own request.
            e.data.requestedBy.id,
            e.data.vacancyId ?? null,
          );
          state('requested', e.data.requestedOn);
          return;
        case 'EligibilityAssessed':
          state('assessed', effectiveDate(event));
          return;
        case 'RegradeApproved':
          state('approved', e.data.approvedOn);
          return;
        case 'RegradeRejected':
          state('rejected', e.data.rejectedOn);
          return;
        case 'RegradeCompleted':
          state('completed', e.data.completedOn);
          return;
        case 'RegradeWithdrawn':
          state('withdrawn', e.data.withdrawnOn);
          return;
        default:
          return;
      }
    },
  };
};

/** Regrade cases and the states each entered, so any date's case list can be read. */
export const regradeCasesProjection: ProjectionDefinition = {
  name: 'workforce-regrade-cases',
  version: 2,
  tables: [REGRADE, REGRADE_STATE],
  create,
  bind,
};
