import * as E from 'fp-ts/Either';
import type { PublishedRow } from '@ladder/application';
import type { GroupBy, ReadSide } from '../read-side/read-side';

/** The planner tables that can be exported, as `/workforce/*` answers them. */
export const plannerTables = ['headcount', 'vacancies', 'pipeline', 'expiring'] as const;
export type PlannerTable = (typeof plannerTables)[number];

export interface PlannerQuery {
  readonly asOf: string;
  readonly groupBy: readonly GroupBy[];
  readonly withinDays: number;
}

/**
 * A planner table's rows from the read side that answers the API, so the small-number rule is
 * the API's; grouped counts end with their total as a row.
 */
export const plannerRows = async (
  read: ReadSide,
  table: PlannerTable,
  q: PlannerQuery,
): Promise<E.Either<string, readonly PublishedRow[]>> => {
  const answer =
    table === 'headcount' || table === 'vacancies'
      ? await read[table](q.asOf, q.groupBy).then(
          E.map((t): readonly PublishedRow[] => [
            ...t.rows,
            { group: { [q.groupBy[0] ?? 'group']: 'total' }, count: t.total },
          ]),
        )
      : table === 'pipeline'
        ? await read.pipeline(q.asOf)
        : await read.expiring(q.asOf, q.withinDays);
  return E.mapLeft((e: { readonly detail: string }) => e.detail)(answer);
};
