import type { Cell } from './csv-line';

/** A row of a planner table as the read side publishes it (after the small-number rule). */
export interface PublishedRow {
  readonly group?: Readonly<Record<string, string>>;
  readonly [measure: string]: unknown;
}

/** A planner table as header and cells, in the order the read side gave its rows. */
export interface FlatTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

const cellOf = (value: unknown): Cell => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  // A list of sub-counts (unmet criteria): `criterion: count` pairs in one cell.
  if (Array.isArray(value))
    return value
      .map((v: unknown) =>
        typeof v === 'object' && v !== null && 'criterion' in v && 'count' in v
          ? `${String(v.criterion)}: ${typeof v.count === 'number' ? v.count : 'withheld'}`
          : JSON.stringify(v),
      )
      .join('; ');
  return JSON.stringify(value);
};

/**
 * Flattens published rows: the group's columns first, then each measure, then `suppressed`
 * (yes where the small-number rule withheld the row; its figures are empty cells).
 */
export const flattenTable = (rows: readonly PublishedRow[]): FlatTable => {
  const groups: string[] = [];
  const measures: string[] = [];
  for (const row of rows) {
    for (const k of Object.keys(row.group ?? {})) if (!groups.includes(k)) groups.push(k);
    for (const k of Object.keys(row))
      if (k !== 'group' && k !== 'suppressed' && !measures.includes(k)) measures.push(k);
  }
  return {
    header: [...groups, ...measures, 'suppressed'],
    rows: rows.map((row) => [
      ...groups.map((g) => row.group?.[g] ?? null),
      ...measures.map((m) => cellOf(row[m])),
      row.suppressed === true ? 'yes' : 'no',
    ]),
  };
};
