import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell } from '@ladder/application';

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Rows = Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>;

/**
 * Rows (header first) as the bytes of an .xlsx workbook, made by exceljs's streaming writer:
 * each row is committed to the zip as it comes and the bytes handed on as they are made,
 * waiting while the reader is behind, so a long audit trail is never held whole. The header
 * row is bold and frozen; a withheld figure (null) stays an empty cell.
 */
export const xlsxChunks = (sheet: string, rows: Rows): AsyncIterable<Uint8Array> => {
  const out = new PassThrough();
  const write = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out });
    const worksheet = workbook.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    let first = true;
    for await (const cells of rows) {
      const row = worksheet.addRow(cells.map((c) => (c === null ? undefined : c)));
      if (first) row.font = { bold: true };
      first = false;
      row.commit();
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    worksheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : undefined));
  return out;
};
