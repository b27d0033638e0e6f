import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { decodeEvent, gradeAbove, type FrameworkCatalogue } from '@ladder/domain';
import type { TableNamer } from '../runner/definition';
import { readFact } from './facts';
import { SHARED } from './tables';

/** A family's career framework versions, from the framework facts this read model holds. */
export const familyFrameworks = (db: Database, t: TableNamer) => {
  const rows = db.prepare<[string], { envelope: string }>(
    `SELECT envelope FROM "${t(SHARED)}" WHERE kind = 'framework' AND job_family = ? ORDER BY position`,
  );
  return (family: string): FrameworkCatalogue =>
    rows.all(family).flatMap((r) => {
      const decoded = decodeEvent(readFact(r.envelope));
      return E.isRight(decoded) && decoded.right.type === 'CareerFrameworkPublished'
        ? [decoded.right.data.document]
        : [];
    });
};

/**
 * The grade above `grade` on the family's latest ladder (the version taking effect last):
 * which vacancies concern a person now. The verdict itself reads the ladder in force on its
 * date; this only says whose verdict a vacancy event makes due.
 */
export const latestNextGrade = (catalogue: FrameworkCatalogue, grade: string): string | null => {
  const latest = catalogue.reduce<FrameworkCatalogue[number] | undefined>(
    (best, f) =>
      best === undefined ||
      f.effectiveFrom > best.effectiveFrom ||
      (f.effectiveFrom === best.effectiveFrom && f.version > best.version)
        ? f
        : best,
    undefined,
  );
  return gradeAbove(latest, grade)?.code ?? null;
};
