import { Readable } from 'node:stream';
import { parse } from 'csv-parse';

/** A record as csv-parse reads it: its fields and the file line it ends on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * The records of a CSV byte stream, one at a time (bounded memory). A leading UTF-8 BOM is
 * dropped; rows of a different width are passed on for the caller to name, not thrown.
 */
export async function* csvRecords(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<CsvRecord> {
  const parser = Readable.from(source).pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }),
  );
  for await (const chunk of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>)
    yield { line: chunk.info.lines, fields: chunk.record };
}
