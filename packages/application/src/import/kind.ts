import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import { uuidV5 } from '@ladder/domain';
import { cellValue, type Column } from './column';
import type { DateStyle } from './dates';
import type { CommandPart, PartCommand } from './part';

/** A row as read: its line in the file and its cells by column name. */
export interface Row {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** One command of a row, with the id that makes writing it again a no-op. */
export interface RowStep {
  readonly command: PartCommand;
  /** The record key, the command and its content: a re-import of the same row finds its events. */
  readonly commandId: string;
}

/** A row that maps to its commands, with the identity that makes importing it idempotent. */
export interface MappedRow {
  /** `import:<kind>:<key columns>`: the same record in any later version of the file. */
  readonly recordKey: string;
  readonly steps: readonly RowStep[];
}

export type CellValues = Readonly<Record<string, string | number | boolean>>;
export type CellProblem = { readonly column: string | null; readonly reason: string };

/** A kind of import file: its documented columns and the commands each row becomes. */
export interface ImportKind {
  readonly name: string;
  readonly about: string;
  readonly columns: readonly Column[];
  /** The columns that name the record; a change elsewhere in the row is a correction. */
  readonly key: readonly string[];
  /** Whether a corrected row retracts the earlier fact (joining, posts, lines are not facts). */
  readonly correctable: boolean;
  /** In order: a vacancy is opened before it is filled, a line begun before it ends. */
  readonly parts: readonly CommandPart[];
  /** Rules across columns that no single command's codec can see (filled and withdrawn). */
  readonly check?: (values: CellValues) => readonly CellProblem[];
}

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

// Ids become stream names (`staff-<id>`): the characters a stream name may hold (streams.ts).
const STREAM_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,119}$/;

/** A part's body: its fields that have values, personal data under `personal`. */
const bodyOfPart = (kind: ImportKind, part: CommandPart, values: CellValues) => {
  const body: Record<string, unknown> = {};
  const personal: Record<string, unknown> = {};
  for (const field of part.fields) {
    const value = values[field];
    if (value === undefined) continue;
    if (kind.columns.some((c) => c.field === field && c.personal === true)) personal[field] = value;
    else body[field] = value;
  }
  if (Object.keys(personal).length > 0) body['personal'] = personal;
  return body;
};

/** Pure: a row's cells as the kind's commands, or every problem in the row by column. */
export const mapRow = (
  kind: ImportKind,
  row: Row,
  dates: DateStyle,
): E.Either<readonly CellProblem[], MappedRow> => {
  const problems: CellProblem[] = [];
  const values: Record<string, string | number | boolean> = {};
  for (const c of kind.columns) {
    const text = (row.cells[c.column] ?? '').trim();
    if (text === '') {
      if (c.required) problems.push({ column: c.column, reason: 'is required' });
      continue;
    }
    const value = cellValue(text, c.type, dates);
    if (E.isLeft(value)) problems.push({ column: c.column, reason: value.left });
    else values[c.field] = value.right;
  }
  const faulted = new Set(problems.map((p) => p.column));
  for (const p of kind.check?.(values) ?? []) {
    if (faulted.has(p.column)) continue;
    problems.push(p);
    faulted.add(p.column);
  }
  const recordKey = `import:${kind.name}:${kind.key.map((k) => row.cells[k]?.trim() ?? '').join('|')}`;
  const steps: RowStep[] = [];
  // Decoded even when some cells were refused, so one pass names every column at fault.
  for (const part of kind.parts) {
    if (part.when !== undefined && values[part.when] === undefined) continue;
    const body = bodyOfPart(kind, part, values);
    const id = String(values[part.streamField] ?? '');
    const idColumn = kind.columns.find((c) => c.field === part.streamField)?.column ?? null;
    if (id !== '' && !STREAM_ID.test(id) && !faulted.has(idColumn)) {
      faulted.add(idColumn);
      problems.push({
        column: idColumn,
        reason: `"${id}" cannot be an id: letters, digits and _ . : - only, starting with a letter or digit`,
      });
    }
    const decoded = part.decode(id, body);
    if (E.isRight(decoded)) {
      const content = `${recordKey}#${part.type}#${JSON.stringify(body)}`;
      steps.push({ command: decoded.right, commandId: uuidV5(content) });
      continue;
    }
    for (const e of decoded.left) {
      const column = columnOf(kind, e);
      if (faulted.has(column)) continue;
      faulted.add(column);
      const text = column === null ? undefined : row.cells[column]?.trim();
      problems.push({ column, reason: reasonOf(e, text) });
    }
  }
  return problems.length > 0 ? E.left(problems) : E.right({ recordKey, steps });
};
