export { BOM, csvLine, type Cell } from './csv-line';
export { flattenTable, type FlatTable, type PublishedRow } from './table-rows';
