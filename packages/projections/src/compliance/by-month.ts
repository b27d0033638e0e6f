import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { addMonths, daysBetween } from '../dates';
import { checkDate, invalidQuery, type InvalidQuery } from '../query-error';
import { complianceDue, type ComplianceItem } from './queries';

// What falls due month by month: registrations, DBS checks and training as known on the day
// asked, counted by the calendar month of their due date — from that day's month onwards.

export const complianceKinds = ['registration', 'dbs', 'training'] as const;
export const MAX_DUE_MONTHS = 60;

export type DueCount = {
  readonly group: { readonly kind: ComplianceItem['kind'] };
  readonly count: number;
};

export type MonthDueCount = {
  readonly group: { readonly month: string; readonly kind: ComplianceItem['kind'] };
  readonly count: number;
};

export interface DueByMonth {
  /** Already past their date on the day asked, per kind. */
  readonly overdue: readonly DueCount[];
  /** Every month × kind from the day's month, zeros included, month first. */
  readonly byMonth: readonly MonthDueCount[];
}

/** Items falling due in each of `months` calendar months from `asOf`'s month, and those overdue. */
export const expiringByMonth = (
  db: Database,
  query: { readonly asOf: string; readonly months: number; readonly team?: string },
): E.Either<InvalidQuery, DueByMonth> => {
  const asOf = checkDate('asOf', query.asOf);
  if (E.isLeft(asOf)) return asOf;
  if (!Number.isInteger(query.months) || query.months < 1 || query.months > MAX_DUE_MONTHS)
    return invalidQuery('months', `must be an integer from 1 to ${MAX_DUE_MONTHS}`);
  const firstOfMonth = `${asOf.right.slice(0, 7)}-01`;
  const lastDay = addMonths(firstOfMonth, query.months);
  const due = complianceDue(db, {
    asOf: asOf.right,
    withinDays: daysBetween(asOf.right, lastDay) - 1,
    ...(query.team === undefined ? {} : { team: query.team }),
  });
  if (E.isLeft(due)) return due;
  const months = Array.from({ length: query.months }, (_, i) =>
    addMonths(firstOfMonth, i).slice(0, 7),
  );
  // Overdue items are counted apart; the rest by the month of their due date.
  const tally = new Map<string, number>();
  for (const i of due.right) {
    const key = `${i.overdue ? 'overdue' : i.dueOn.slice(0, 7)} ${i.kind}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const count = (bucket: string, kind: string): number => tally.get(`${bucket} ${kind}`) ?? 0;
  return E.right({
    overdue: complianceKinds.map((kind) => ({
      group: { kind },
      count: count('overdue', kind),
    })),
    byMonth: months.flatMap((month) =>
      complianceKinds.map((kind) => ({
        group: { month, kind },
        count: count(month, kind),
      })),
    ),
  });
};
