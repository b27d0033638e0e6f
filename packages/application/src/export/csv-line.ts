/** A cell of an exported table: what a spreadsheet shows, empty for null (a withheld figure). */
export type Cell = string | number | boolean | null;

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): a
// team or a reason typed as `=HYPERLINK(…)` must arrive as text, so it is prefixed with '.
const FORMULA_START = /^[=+\-@\t\r]/;

const text = (cell: Cell): string => {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
};

/** One CSV record (RFC 4180): quoted when it holds a comma, a quote or a line break; CRLF-ended. */
export const csvLine = (cells: readonly Cell[]): string =>
  cells
    .map(text)
    .map((t) => (/[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t))
    .join(',') + '\r\n';

/** UTF-8 byte-order mark: Excel reads a CSV without one as the local code page. */
export const BOM = '\uFEFF';
