import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { daysBetween } from '../../dates';
import { checkDate, type InvalidQuery } from '../../query-error';
import { VACANCY } from './projection';

export interface OpenVacancy {
  readonly vacancyId: string;
  readonly jobFamily: string;
  readonly grade: string;
  readonly team: string;
  readonly zone: string;
  readonly openedOn: string;
  readonly daysOpen: number;
}

export interface OpenVacancyQuery {
  readonly asOf: string;
  readonly jobFamily?: string;
  readonly grade?: string;
  readonly team?: string;
}

/** Vacancies opened on or before the date and not yet filled or withdrawn by it. */
export const openVacancies = (
  db: Database,
  query: OpenVacancyQuery,
): E.Either<InvalidQuery, OpenVacancy[]> => {
  const asOf = checkDate('asOf', query.asOf);
  if (E.isLeft(asOf)) return asOf;
  const rows = db
    .prepare<
      { asOf: string; family: string | null; grade: string | null; team: string | null },
      {
        vacancy_id: string;
        job_family: string;
        grade: string;
        team: string;
        zone: string;
        opened_on: string;
      }
    >(
      `SELECT vacancy_id, job_family, grade, team, zone, opened_on FROM ${VACANCY}
       WHERE opened_on <= @asOf AND (closed_on IS NULL OR closed_on > @asOf)
         AND (@family IS NULL OR job_family = @family) AND (@grade IS NULL OR grade = @grade)
         AND (@team IS NULL OR team = @team)
       ORDER BY opened_on, vacancy_id`,
    )
    .all({
      asOf: asOf.right,
      family: query.jobFamily ?? null,
      grade: query.grade ?? null,
      team: query.team ?? null,
    });
  return E.right(
    rows.map((r) => ({
      vacancyId: r.vacancy_id,
      jobFamily: r.job_family,
      grade: r.grade,
      team: r.team,
      zone: r.zone,
      openedOn: r.opened_on,
      daysOpen: daysBetween(r.opened_on, asOf.right),
    })),
  );
};
