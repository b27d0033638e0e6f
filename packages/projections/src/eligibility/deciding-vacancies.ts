import type { Database } from 'better-sqlite3';
import type { RecordedFact } from '@ladder/domain';
import type { TableNamer } from '../runner/definition';
import { readFact } from './facts';
import { SHARED, VACANCY } from './tables';

type Scope = { family: string; grade: string; effectiveOn: string; knownAt: string };
type AreaScope = Scope & { area: string };
type Candidate = { stream_name: string; vacancy_id: string };

/**
 * The facts of the vacancies that decide the vacancy-open criterion for one family and
 * grade. Within the service areas a policy counts, the criterion names the open vacancy with
 * the lowest id or, if none is open, the lowest id of all; outside them, the lowest open one
 * (to say why it was passed over). So for each service area those two (and, for probing later
 * dates, the first opening that would change them) are all an evaluation needs, whatever
 * areas a policy names, and a council's years of filled posts are not re-read every time.
 * Answers are kept until `forget` (new events may have arrived).
 */
export const decidingVacancies = (db: Database, t: TableNamer) => {
  const V = `"${t(VACANCY)}"`;
  const areas = db.prepare<Omit<Scope, 'effectiveOn' | 'knownAt'>, { service_area: string }>(
    `SELECT DISTINCT service_area FROM ${V} WHERE job_family = @family AND grade = @grade`,
  );
  const opened = `job_family = @family AND grade = @grade AND service_area = @area AND +opened_on <= @effectiveOn AND +opened_known <= @knownAt`;
  // Open on the date as known then: not closed yet, closed after the date, or closed but
  // recorded after the instant; each through its own index, lowest id first. (A unary `+`
  // keeps SQLite's planner off an index for that term: without statistics it would walk
  // every vacancy opened before the date instead.)
  const openCandidates = db.prepare<AreaScope, Candidate>(
    `SELECT * FROM (SELECT stream_name, vacancy_id FROM ${V}
       WHERE ${opened} AND closed_on IS NULL ORDER BY vacancy_id LIMIT 1)
     UNION ALL SELECT * FROM (SELECT stream_name, vacancy_id FROM ${V}
       WHERE ${opened} AND closed_on > @effectiveOn ORDER BY +vacancy_id LIMIT 1)
     UNION ALL SELECT * FROM (SELECT stream_name, vacancy_id FROM ${V}
       WHERE ${opened} AND closed_known > @knownAt ORDER BY +vacancy_id LIMIT 1)`,
  );
  const lowestOpened = db.prepare<AreaScope, Candidate>(
    `SELECT stream_name, vacancy_id FROM ${V} WHERE ${opened} ORDER BY vacancy_id LIMIT 1`,
  );
  // For probing later dates: the first vacancy to open after the date that would change the
  // answer — one with a lower id than the open one it names, or than the lowest of all (any,
  // if there is none). Later openings with higher ids change nothing.
  const firstToMatter = db.prepare<
    AreaScope & { openId: string | null; lowestId: string | null },
    { stream_name: string }
  >(
    `SELECT stream_name FROM ${V}
     WHERE job_family = @family AND grade = @grade AND service_area = @area
       AND opened_on > @effectiveOn AND +opened_known <= @knownAt
       AND (@openId IS NULL OR +vacancy_id < @openId OR @lowestId IS NULL OR +vacancy_id < @lowestId)
     ORDER BY opened_on, vacancy_id LIMIT 1`,
  );
  const eventsOf = db.prepare<[string], { envelope: string; position: number }>(
    `SELECT envelope, position FROM "${t(SHARED)}" WHERE stream_name = ? ORDER BY position`,
  );
  const decidingIn = (scope: AreaScope, forProbes: boolean, streams: Set<string>): void => {
    const open = openCandidates
      .all(scope)
      .reduce<Candidate | undefined>(
        (best, c) => (best === undefined || c.vacancy_id < best.vacancy_id ? c : best),
        undefined,
      );
    if (open !== undefined) streams.add(open.stream_name);
    const lowest = lowestOpened.get(scope);
    if (lowest !== undefined) streams.add(lowest.stream_name);
    if (forProbes) {
      const later = firstToMatter.get({
        ...scope,
        openId: open?.vacancy_id ?? null,
        lowestId: lowest?.vacancy_id ?? null,
      });
      if (later !== undefined) streams.add(later.stream_name);
    }
  };
  const deciding = (scope: Scope, forProbes: boolean): RecordedFact[] => {
    const streams = new Set<string>();
    for (const { service_area } of areas.all({ family: scope.family, grade: scope.grade }))
      decidingIn({ ...scope, area: service_area }, forProbes, streams);
    return [...streams].flatMap((stream) => eventsOf.all(stream).map((r) => readFact(r.envelope)));
  };
  // People in the same family and grade mostly share a clock, so they share this answer.
  const memo = new Map<string, RecordedFact[]>();
  return {
    facts: (
      family: string,
      grade: string,
      effectiveOn: string,
      knownAt: string,
      forProbes: boolean,
    ): RecordedFact[] => {
      const key = `${family}|${grade}|${effectiveOn}|${knownAt}|${forProbes}`;
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
      const facts = deciding({ family, grade, effectiveOn, knownAt }, forProbes);
      memo.set(key, facts);
      return facts;
    },
    forget: (): void => memo.clear(),
  };
};
