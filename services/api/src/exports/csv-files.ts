import * as E from 'fp-ts/Either';
import { BOM, csvLine, flattenTable, type Cell } from '@ladder/application';
import type { ReadSide } from '../read-side/read-side';
import { auditCells, auditHeader } from './audit-cells';
import { plannerRows, type PlannerQuery, type PlannerTable } from './planner-rows';

// The export files as rows of cells (header first) for any format, and as CSV text chunks for
// any edge to stream (the API's download, the CLI's file): UTF-8 with a BOM, so a spreadsheet
// opens them as UTF-8.

type Rows = Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>;

/** A planner table's header and rows, or why the query was refused (before any byte is sent). */
export const plannerCells = async (
  read: ReadSide,
  table: PlannerTable,
  q: PlannerQuery,
): Promise<E.Either<string, Iterable<readonly Cell[]>>> => {
  const rows = await plannerRows(read, table, q);
  if (E.isLeft(rows)) return rows;
  const flat = flattenTable(rows.right);
  return E.right([flat.header, ...flat.rows]);
};

/** The audit trail (or one person's part of it), header first, read a page at a time. */
export async function* auditRowsOf(
  read: ReadSide,
  staffId?: string,
): AsyncGenerator<readonly Cell[]> {
  yield auditHeader;
  let cursor: string | undefined;
  do {
    const page = await read.auditTrail({
      ...(staffId === undefined ? {} : { staffId }),
      ...(cursor === undefined ? {} : { cursor }),
      limit: 500,
    });
    if (E.isLeft(page)) throw new Error(page.left.detail);
    for (const entry of page.right.entries) yield auditCells(entry);
    cursor = page.right.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

/** Rows as CSV text: the BOM, then one record per row. */
export async function* csvChunks(rows: Rows): AsyncGenerator<string> {
  let first = true;
  for await (const row of rows) {
    yield (first ? BOM : '') + csvLine(row);
    first = false;
  }
}
