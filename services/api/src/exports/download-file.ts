import type { Cell } from '@ladder/application';
import type { Download } from '../http/route';
import { csvChunks } from './csv-files';
import { xlsxChunks, xlsxType } from './xlsx-file';

export const fileFormats = ['csv', 'xlsx'] as const;
export type FileFormat = (typeof fileFormats)[number];

type Rows = Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>;

/** Rows (header first) as a named download: CSV text, or a workbook whose one sheet is `sheet`. */
export const downloadOf = (
  name: string,
  sheet: string,
  format: FileFormat,
  rows: Rows,
): Download =>
  format === 'xlsx'
    ? { filename: `${name}.xlsx`, contentType: xlsxType, chunks: xlsxChunks(sheet, rows) }
    : { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', chunks: csvChunks(rows) };
