import * as E from 'fp-ts/Either';
import { BOM, csvLine, flattenTable } from '@ladder/application';
import type { ReadSide } from '../read-side/read-side';
import { auditCells, auditHeader } from './audit-cells';
import { plannerRows, type PlannerQuery, type PlannerTable } from './planner-rows';

// The export files, as chunks of text for any edge to stream (the API's download, the CLI's
// file): UTF-8 with a BOM, so a spreadsheet opens them as UTF-8.

/** A planner table as CSV, or why the query was refused (before any byte is sent). */
export const plannerCsv = async (
  read: ReadSide,
  table: PlannerTable,
  q: PlannerQuery,
): Promise<E.Either<string, Iterable<string>>> => {
  const rows = await plannerRows(read, table, q);
  if (E.isLeft(rows)) return rows;
  const flat = flattenTable(rows.right);
  return E.right(
    (function* () {
      yield BOM + csvLine(flat.header);
      for (const row of flat.rows) yield csvLine(row);
    })(),
  );
};

/** The audit trail (or one person's part of it) as CSV, read a page at a time. */
export async function* auditCsv(read: ReadSide, staffId?: string): AsyncGenerator<string> {
  yield BOM + csvLine(auditHeader);
  let cursor: string | undefined;
  do {
    const page = await read.auditTrail({
      ...(staffId === undefined ? {} : { staffId }),
      ...(cursor === undefined ? {} : { cursor }),
      limit: 500,
    });
    if (E.isLeft(page)) throw new Error(page.left.detail);
    yield page.right.entries.map((entry) => csvLine(auditCells(entry))).join('');
    cursor = page.right.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
