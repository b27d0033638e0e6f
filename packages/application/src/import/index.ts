export { importCsv, type ImportOptions, type ImportReport } from './import-csv';
export { importKinds, importKindNamed } from './kinds';
export type { ImportKind } from './kind';
export type { Column } from './column';
export type { DateStyle } from './dates';
export type { RowProblem } from './problem';
