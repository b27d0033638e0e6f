import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '@ladder/event-store';
import { memoryOf } from '../../read-model-memory';
import type { ProjectionDefinition, TableNamer } from '../../runner/definition';

export const FRAMEWORK = 'workforce_framework';

const create = (db: Database, t: TableNamer): void => {
  // Every published career framework version (they are never changed, only added to).
  db.exec(`CREATE TABLE "${t(FRAMEWORK)}" (
    family TEXT NOT NULL,
    version INTEGER NOT NULL,
    effective_from TEXT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (family, version)
  ) STRICT, WITHOUT ROWID`);
};

const bind = (db: Database, t: TableNamer) => {
  const domainEventOf = memoryOf(db).domainEventOf;
  const add = db.prepare(
    `INSERT OR IGNORE INTO "${t(FRAMEWORK)}" (family, version, effective_from, document) VALUES (?, ?, ?, ?)`,
  );
  return {
    apply(event: RecordedEvent): void {
      if (event.type !== 'CareerFrameworkPublished') return;
      const e = domainEventOf(event);
      if (e?.type !== 'CareerFrameworkPublished') return;
      const d = e.data.document;
      add.run(d.family, d.version, d.effectiveFrom, JSON.stringify(d));
    },
  };
};

/** The career frameworks the log holds: the ladders and spans the planners' questions read. */
export const frameworksProjection: ProjectionDefinition = {
  name: 'workforce-frameworks',
  version: 1,
  tables: [FRAMEWORK],
  create,
  bind,
};
