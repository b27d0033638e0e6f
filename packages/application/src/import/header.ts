import type { ImportKind } from './kind';
import type { RowProblem } from './problem';

/** The header's problems (line 1): a required column missing, a column this kind lacks. */
export const checkHeader = (kind: ImportKind, header: readonly string[]): RowProblem[] => {
  const missing = kind.columns
    .filter((c) => c.required && !header.includes(c.column))
    .map((c) => ({ line: 1, column: c.column, reason: 'is a required column and missing' }));
  const known = new Set(kind.columns.map((c) => c.column));
  const unknown = header
    .filter((h) => !known.has(h))
    .map((h) => ({
      line: 1,
      column: h,
      reason: `is not a column of ${kind.name} files (see docs/import.md)`,
    }));
  return [...missing, ...unknown];
};
