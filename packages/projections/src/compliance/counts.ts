import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { countBy, type Counted } from '../count-by';
import type { InvalidQuery } from '../query-error';
import { complianceDue, type ComplianceQuery } from './queries';

/** Registrations, checks or training of one kind in one team falling due, counted. */
export type ExpiringCount = Counted<
  'kind' | 'team',
  {
    /** Already past their date on the day asked. */
    readonly overdue: number;
    readonly earliestDueOn: string | null;
  }
>;

/** What falls due within N days of the date, counted per kind and team (people, not names). */
export const expiringCounts = (
  db: Database,
  query: ComplianceQuery,
): E.Either<InvalidQuery, ExpiringCount[]> => {
  const due = complianceDue(db, query);
  if (E.isLeft(due)) return due;
  return E.right(
    countBy(
      due.right,
      (i) => ({ kind: i.kind, team: i.team }),
      (g) => ({
        overdue: g.filter((i) => i.overdue).length,
        earliestDueOn: g.map((i) => i.dueOn).sort()[0] ?? null,
      }),
    ),
  );
};
