import * as E from 'fp-ts/Either';
import { streamNameOf } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import type { CommandError } from '../command-error';
import type { RequestMeta } from '../use-cases/request';
import { csvRecords } from './csv-rows';
import type { DateStyle } from './dates';
import { describeRefusal } from './describe-refusal';
import { checkHeader } from './header';
import { mapRow, type ImportKind, type MappedRow } from './kind';
import type { RowProblem } from './problem';
import { rowQueue } from './row-queue';
import { writeRow, type RowWritten } from './write-row';

export interface ImportOptions {
  readonly kind: ImportKind;
  readonly dates: DateStyle;
  /** Check every row and report; write nothing. */
  readonly dryRun: boolean;
  readonly request: RequestMeta;
  /** Called after each row with the rows read so far (the edge draws its progress line). */
  readonly onRow?: (rows: number) => void;
  /** How many rows may be written at once (about different streams); 1 writes one by one. */
  readonly window?: number;
}

/** What an import (or its dry run) found and did. */
export interface ImportReport {
  readonly kind: string;
  readonly dryRun: boolean;
  readonly rows: number;
  /** Rows with at least one problem; each problem names its line and column. */
  readonly badRows: number;
  readonly problems: readonly RowProblem[];
  /** Rows already in the log exactly as in the file: nothing written for them. */
  readonly unchanged: number;
  /** Rows that replaced an earlier version of the same record (its fact retracted). */
  readonly corrected: number;
  readonly eventsWritten: number;
}

/**
 * Imports one CSV file of one kind as it streams in: each row is checked against the kind's
 * columns and its commands' codecs; in a dry run nothing else happens, otherwise good rows
 * are written (idempotently, see `writeRow`) and the rules' refusals are reported by line.
 * Rows about different streams are written side by side (a bounded window, see `rowQueue`),
 * so the store can commit many in one transaction; rows about one stream keep file order.
 */
export const importCsv = async (
  store: EventStore,
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: ImportOptions,
): Promise<ImportReport> => {
  const { kind, dates, dryRun, request } = options;
  const problems: RowProblem[] = [];
  let header: readonly string[] | undefined;
  let [rows, badRows, unchanged, corrected, eventsWritten] = [0, 0, 0, 0, 0];
  const report = (): ImportReport => ({
    kind: kind.name,
    dryRun,
    rows,
    badRows,
    problems,
    unchanged,
    corrected,
    eventsWritten,
  });
  const refuse = (found: readonly RowProblem[]) => {
    badRows += 1;
    problems.push(...found);
  };
  const queue = rowQueue(options.window ?? 128);
  for await (const record of csvRecords(source)) {
    if (header === undefined) {
      header = record.fields.map((f) => f.trim());
      const wrong = checkHeader(kind, header);
      if (wrong.length > 0) return { ...report(), problems: wrong };
      continue;
    }
    rows += 1;
    options.onRow?.(rows);
    if (record.fields.length !== header.length) {
      const reason = `has ${record.fields.length} fields where the header has ${header.length}`;
      refuse([{ line: record.line, column: null, reason }]);
      continue;
    }
    const cells = Object.fromEntries(header.map((h, i) => [h, record.fields[i] ?? '']));
    const mapped = mapRow(kind, { line: record.line, cells }, dates);
    if (E.isLeft(mapped)) {
      refuse(mapped.left.map((p) => ({ line: record.line, ...p })));
      continue;
    }
    if (dryRun) continue;
    const line = record.line;
    const row: MappedRow = mapped.right;
    await queue.add(
      row.steps.map((s) => streamNameOf(s.command.stream)),
      () => writeRow(store, kind, row, request),
      (written: E.Either<CommandError, RowWritten>) => {
        if (E.isLeft(written)) {
          refuse([{ line, column: null, reason: describeRefusal(written.left) }]);
          return;
        }
        if (written.right.unchanged) unchanged += 1;
        if (written.right.retracted > 0) corrected += 1;
        eventsWritten += written.right.events;
      },
    );
  }
  await queue.drain();
  if (header === undefined)
    return { ...report(), problems: [{ line: 1, column: null, reason: 'the file is empty' }] };
  // Rows finish out of file order when written side by side; the report reads in file order.
  problems.sort((a, b) => a.line - b.line);
  return report();
};
