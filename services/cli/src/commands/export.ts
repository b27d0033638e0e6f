import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import {
  auditRowsOf,
  csvChunks,
  plannerCells,
  plannerTables,
  readSideFromProjections,
  xlsxChunks,
  type GroupBy,
} from '@ladder/api';
import type { Cell } from '@ladder/application';
import type { EventStore } from '@ladder/event-store';
import type { CliIo } from './import';
import { commandArgs } from './args';
import type { CommandResult } from './output';

const tables = [...plannerTables, 'audit'] as const;
const groupings: readonly GroupBy[] = ['jobFamily', 'grade', 'team', 'zone'];

/** Rows (header first) as a JSON array of objects keyed by the header, one line per row. */
async function* jsonChunks(
  rows: Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>,
): AsyncGenerator<string> {
  let header: readonly Cell[] | undefined;
  let first = true;
  for await (const row of rows) {
    if (header === undefined) {
      header = row;
      continue;
    }
    const entries = row.map((cell, i) => [String(header?.[i] ?? i), cell]);
    yield `${first ? '[' : ','}${JSON.stringify(Object.fromEntries(entries))}\n`;
    first = false;
  }
  yield first ? '[]\n' : ']\n';
}

const usageError = (message: string): CommandResult => ({
  lines: [message, `usage: ladder export ${tables.join('|')} [options] [--out file.csv|file.xlsx]`],
  exitCode: 64,
  json: { error: message },
});

/** `ladder export <table> …`: a planner table or the audit trail as CSV, streamed to a file. */
export const exportCommand = async (
  store: EventStore,
  db: Database,
  args: readonly string[],
  io: CliIo,
): Promise<CommandResult> => {
  const parsed = commandArgs(args, {
    'as-of': { type: 'string' },
    'group-by': { type: 'string' },
    'within-days': { type: 'string' },
    staff: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
    json: { type: 'boolean', default: false },
  } as const);
  if (E.isLeft(parsed)) return usageError(parsed.left);
  const { values, positionals } = parsed.right;
  const [name = '', extra] = positionals;
  const table = tables.find((t) => t === name);
  if (table === undefined || extra !== undefined) return usageError(`unknown table "${name}"`);
  const groupBy = (values['group-by'] ?? 'jobFamily,grade').split(',');
  const chosen = groupBy.flatMap((g) => groupings.filter((k) => k === g));
  if (chosen.length !== groupBy.length)
    return usageError(`--group-by takes a comma list of ${groupings.join(', ')}`);
  const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return usageError('--as-of takes yyyy-mm-dd');
  const withinDays = Number(values['within-days'] ?? '90');
  if (!Number.isInteger(withinDays) || withinDays < 1)
    return usageError('--within-days: 1 or more');
  const { format, out } = values;
  if (format !== undefined && format !== 'csv' && format !== 'xlsx')
    return usageError('--format takes csv or xlsx');
  if (format === 'xlsx' && out === undefined)
    return usageError('--format xlsx writes a workbook: name it with --out file.xlsx');
  const options = { asOf, groupBy: chosen, withinDays, staffId: values.staff };

  // The read models as the projector left them (`ladder lag` says how current they are).
  const read = readSideFromProjections(db, store, { waitFor: () => Promise.resolve() });
  const rows =
    table === 'audit'
      ? E.right(auditRowsOf(read, options.staffId))
      : await plannerCells(read, table, options);
  if (E.isLeft(rows)) return usageError(rows.left);
  if (out === undefined) {
    for await (const chunk of values.json ? jsonChunks(rows.right) : csvChunks(rows.right))
      io.write(chunk);
    return { lines: [], exitCode: 0 };
  }
  const path = resolve(io.cwd, out);
  const file = createWriteStream(path);
  const as = format ?? (path.endsWith('.xlsx') ? 'xlsx' : 'csv');
  let count = -1; // the header is not a row
  const counted = async function* () {
    for await (const row of rows.right) {
      count += 1;
      yield row;
    }
  };
  const chunks = as === 'xlsx' ? xlsxChunks(table, counted()) : csvChunks(counted());
  for await (const chunk of chunks) if (!file.write(chunk)) await once(file, 'drain');
  file.end();
  await once(file, 'finish');
  return {
    lines: [`${table} written to ${out} (${as}, ${count} rows)`],
    exitCode: 0,
    json: { table, file: path, format: as, rows: count },
  };
};
