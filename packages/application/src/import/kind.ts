import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import { staffCommands, uuidV5 } from '@ladder/domain';
import { bodyOf, type DataOf } from '../use-cases/issue';
import { cellValue, type Column } from './column';
import type { DateStyle } from './dates';

type Commands = typeof staffCommands;
type StaffCommandType = keyof Commands;

/** One row as a staff command: whose stream, which command, its decoded data. */
export interface ImportCommand<K extends StaffCommandType = StaffCommandType> {
  readonly staffId: string;
  readonly type: K;
  readonly data: DataOf<Commands, K>;
}

/** A row as read: its line in the file and its cells by column name. */
export interface Row {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** A row that maps to a command, with the identity that makes importing it idempotent. */
export interface MappedRow<K extends StaffCommandType = StaffCommandType> {
  readonly command: ImportCommand<K>;
  /** `import:<kind>:<key columns>`: the same record in any later version of the file. */
  readonly recordKey: string;
  /** The record key and the row's content: a re-import of the same row finds its events. */
  readonly commandId: string;
}

/** A kind of import file: its documented columns and the command each row becomes. */
export interface ImportKind<K extends StaffCommandType = StaffCommandType> {
  readonly name: string;
  readonly about: string;
  readonly command: K;
  readonly columns: readonly Column[];
  /** The columns that name the record; a change elsewhere in the row is a correction. */
  readonly key: readonly string[];
  /** Whether a corrected row retracts the earlier fact (joining is not retractable). */
  readonly correctable: boolean;
}

export const STAFF_ID = 'staff_id';

export type CellProblem = { readonly column: string | null; readonly reason: string };

// io-ts names the field somewhere in the context (an intersection adds index entries).
const columnOf = (kind: ImportKind, error: t.ValidationError): string | null =>
  error.context
    .map((entry) => kind.columns.find((c) => c.field === entry.key)?.column)
    .find((column) => column !== undefined) ?? null;

// The person's own text in the reason ("31/02/2020"), not the converted value.
const reasonOf = (error: t.ValidationError, text: string | undefined): string => {
  const last = error.context[error.context.length - 1];
  const shown = text ?? JSON.stringify(error.value);
  return error.message ?? `"${shown}" is not a valid ${last?.type.name ?? 'value'}`;
};

/** Pure: a row's cells as the kind's command, or every problem in the row by column. */
export const mapRow = <K extends StaffCommandType>(
  kind: ImportKind<K>,
  row: Row,
  dates: DateStyle,
): E.Either<readonly CellProblem[], MappedRow<K>> => {
  const problems: CellProblem[] = [];
  const data: Record<string, string | number | boolean> = {};
  for (const c of kind.columns) {
    const text = (row.cells[c.column] ?? '').trim();
    if (text === '') {
      if (c.required) problems.push({ column: c.column, reason: 'is required' });
      continue;
    }
    const value = cellValue(text, c.type, dates);
    if (E.isLeft(value)) problems.push({ column: c.column, reason: value.left });
    else data[c.field] = value.right;
  }
  const { staffId, ...rest } = data;
  const body = kind.command === 'JoinStaff' ? data : rest;
  // Decoded even when some cells were refused, so one pass names every column at fault.
  const decoded = bodyOf(staffCommands, kind.command).decode(body);
  const faulted = new Set(problems.map((p) => p.column));
  if (E.isLeft(decoded))
    for (const e of decoded.left) {
      const column = columnOf(kind, e);
      if (faulted.has(column)) continue;
      faulted.add(column);
      const text = column === null ? undefined : row.cells[column]?.trim();
      problems.push({ column, reason: reasonOf(e, text) });
    }
  if (problems.length > 0 || E.isLeft(decoded)) return E.left(problems);
  const recordKey = `import:${kind.name}:${kind.key.map((k) => row.cells[k]?.trim() ?? '').join('|')}`;
  const command = { staffId: String(staffId), type: kind.command, data: decoded.right };
  return E.right({ command, recordKey, commandId: uuidV5(`${recordKey}#${JSON.stringify(data)}`) });
};
