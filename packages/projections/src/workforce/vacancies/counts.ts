import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { countBy, type Counted } from '../../count-by';
import type { InvalidQuery } from '../../query-error';
import { openVacancies, type OpenVacancy } from './queries';

/** What open vacancies can be counted by. */
export type VacancyDimension = 'jobFamily' | 'grade' | 'team' | 'zone';

/**
 * Open posts in one group on the date (keyed by the dimensions asked for), and how long the
 * longest-open one has waited.
 */
export type VacancyCount = Counted<string, { readonly oldestDaysOpen: number }>;

/** Open vacancies on a date counted by the chosen dimensions (none: one row for all). */
export const vacancyCounts = (
  db: Database,
  query: { readonly asOf: string; readonly groupBy: readonly VacancyDimension[] },
): E.Either<InvalidQuery, VacancyCount[]> => {
  const open = openVacancies(db, { asOf: query.asOf });
  if (E.isLeft(open)) return open;
  return E.right(
    countBy(
      open.right,
      (v: OpenVacancy) => Object.fromEntries(query.groupBy.map((k) => [k, v[k]])),
      (g) => ({ oldestDaysOpen: Math.max(...g.map((v) => v.daysOpen)) }),
    ),
  );
};
