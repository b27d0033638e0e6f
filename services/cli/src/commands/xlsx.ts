import ExcelJS from 'exceljs';
import type { Cell } from '@ladder/application';

/**
 * Rows (header first) into an .xlsx file with exceljs's streaming writer: each row is
 * committed to the file as it comes, so a long audit trail is not held in memory. The header
 * row is bold and frozen; an empty (withheld) figure stays an empty cell.
 */
export const writeXlsx = async (
  path: string,
  sheet: string,
  rows: Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>,
): Promise<void> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const worksheet = workbook.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  let first = true;
  for await (const cells of rows) {
    const row = worksheet.addRow(cells.map((c) => (c === null ? undefined : c)));
    if (first) row.font = { bold: true };
    first = false;
    row.commit();
  }
  worksheet.commit();
  await workbook.commit();
};
