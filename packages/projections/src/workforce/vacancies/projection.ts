import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '@ladder/event-store';
import { streamIdOf } from '../../domain-event';
import { memoryOf } from '../../read-model-memory';
import type { ProjectionDefinition, TableNamer } from '../../runner/definition';

export const VACANCY = 'workforce_vacancy';

const create = (db: Database, t: TableNamer): void => {
  // One row per vacancy: where it is, when it opened, and how and when it closed.
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
};

const bind = (db: Database, t: TableNamer) => {
  const domainEventOf = memoryOf(db).domainEventOf;
  const openVacancy =
    db.prepare(`INSERT INTO "${t(VACANCY)}" (vacancy_id, stream_id, job_family, grade, team,
      zone, opened_on, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'open')`);
  const closeVacancy = db.prepare(
    `UPDATE "${t(VACANCY)}" SET status = ?, closed_on = ?, filled_by = ? WHERE stream_id = ?`,
  );
  return {
    apply(event: RecordedEvent): void {
      const vacancy = streamIdOf(event, 'vacancy');
      if (vacancy === null) return;
      const e = domainEventOf(event);
      if (e === null) return;
      switch (e.type) {
        case 'VacancyOpened':
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
          closeVacancy.run('filled', e.data.filledOn, e.data.staffId, vacancy);
          return;
        case 'VacancyWithdrawn':
          closeVacancy.run('withdrawn', e.data.withdrawnOn, null, vacancy);
          return;
        default:
          return;
      }
    },
  };
};

/** Every vacancy with the dates it opened and closed, so any date's open posts can be read. */
export const vacanciesProjection: ProjectionDefinition = {
  name: 'workforce-vacancies',
  version: 1,
  tables: [VACANCY],
  create,
  bind,
};
