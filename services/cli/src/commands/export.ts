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
  type GroupBy,
} from '@ladder/api';
import type { EventStore } from '@ladder/event-store';
import type { CliIo } from './import';
import { commandArgs } from './args';
import type { CommandResult } from './output';
import { writeXlsx } from './xlsx';

const tables = [...plannerTables, 'audit'] as const;
const groupings: readonly GroupBy[] = ['jobFamily', 'grade', 'team', 'zone'];

const usageError = (message: string): CommandResult => ({
  lines: [message, `usage: ladder export ${tables.join('|')} [options] [--out file.csv]`],
  exitCode: 64,
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
  const options = { asOf, groupBy: chosen, withinDays, staffId: values.staff };

  // The read models as the projector left them (`ladder lag` says how current they are).
  const read = readSideFromProjections(db, store, { waitFor: () => Promise.resolve() });
  const rows =
    table === 'audit'
      ? E.right(auditRowsOf(read, options.staffId))
      : await plannerCells(read, table, options);
  if (E.isLeft(rows)) return usageError(rows.left);
  if (values.out === undefined) {
    for await (const chunk of csvChunks(rows.right)) io.write(chunk);
    return { lines: [], exitCode: 0 };
  }
  const path = resolve(io.cwd, values.out);
  if (path.endsWith('.xlsx')) await writeXlsx(path, table, rows.right);
  else {
    const file = createWriteStream(path);
    for await (const chunk of csvChunks(rows.right))
      if (!file.write(chunk)) await once(file, 'drain');
    file.end();
    await once(file, 'finish');
  }
  return { lines: [`${table} written to ${values.out}`], exitCode: 0 };
};
