import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { BOM, csvLine, flattenTable, type PublishedRow } from '@ladder/application';
import { readSideFromProjections, type GroupBy, type ReadSide } from '@ladder/api';
import type { EventStore } from '@ladder/event-store';
import { auditCells, auditHeader } from './audit-cells';
import type { CliIo } from './import';
import { commandArgs } from './args';
import type { CommandResult } from './output';

const tables = ['headcount', 'vacancies', 'pipeline', 'expiring', 'audit'] as const;
type Table = (typeof tables)[number];
const groupings: readonly GroupBy[] = ['jobFamily', 'grade', 'team', 'zone'];

const usageError = (message: string): CommandResult => ({
  lines: [message, `usage: ladder export ${tables.join('|')} [options] [--out file.csv]`],
  exitCode: 64,
});

interface Options {
  readonly asOf: string;
  readonly groupBy: readonly GroupBy[];
  readonly withinDays: number;
  readonly staffId: string | undefined;
}

/** The planner table, as the API publishes it: the same read side, the same small-number rule. */
const plannerRows = async (
  read: ReadSide,
  table: Exclude<Table, 'audit'>,
  o: Options,
): Promise<E.Either<string, readonly PublishedRow[]>> => {
  const answer =
    table === 'headcount' || table === 'vacancies'
      ? await read[table](o.asOf, o.groupBy).then(
          E.map((t): readonly PublishedRow[] => [
            ...t.rows,
            { group: { [o.groupBy[0] ?? 'group']: 'total' }, count: t.total },
          ]),
        )
      : table === 'pipeline'
        ? await read.pipeline(o.asOf)
        : await read.expiring(o.asOf, o.withinDays);
  return E.mapLeft((e: { readonly detail: string }) => e.detail)(answer);
};

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
  const file =
    values.out === undefined ? undefined : createWriteStream(resolve(io.cwd, values.out));
  const write = async (text: string) => {
    if (file === undefined) return io.write(text);
    if (!file.write(text)) await once(file, 'drain');
  };
  let rows = 0;
  await write(BOM);
  if (table === 'audit') {
    await write(csvLine(auditHeader));
    let cursor: string | undefined;
    do {
      const page = await read.auditTrail({
        ...(options.staffId === undefined ? {} : { staffId: options.staffId }),
        ...(cursor === undefined ? {} : { cursor }),
        limit: 500,
      });
      if (E.isLeft(page)) return usageError(page.left.detail);
      for (const entry of page.right.entries) await write(csvLine(auditCells(entry)));
      rows += page.right.entries.length;
      cursor = page.right.nextCursor ?? undefined;
    } while (cursor !== undefined);
  } else {
    const published = await plannerRows(read, table, options);
    if (E.isLeft(published)) return usageError(published.left);
    const flat = flattenTable(published.right);
    await write(csvLine(flat.header));
    for (const row of flat.rows) await write(csvLine(row));
    rows = flat.rows.length;
  }
  if (file !== undefined) {
    file.end();
    await once(file, 'finish');
    return { lines: [`${table}: ${rows} rows written to ${values.out ?? ''}`], exitCode: 0 };
  }
  return { lines: [], exitCode: 0 };
};
