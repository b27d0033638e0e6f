import { spawn } from 'node:child_process';
import { schemaPath } from './schema';
import type { WorkerRecord } from './worker-record';

/** One finding of the validator, placed on the worker's record and the item. */
export interface ValidationFinding {
  /** The staff record the worker's element came from; null for the header or vacancies. */
  readonly staffId: string | null;
  /** 1-based position of the `CSWWWorker` in the file; null outside the workers. */
  readonly worker: number | null;
  readonly field: string | null;
  readonly line: number;
  readonly message: string;
}

export type Validation =
  | { readonly valid: true }
  | { readonly valid: false; readonly findings: readonly ValidationFinding[] };

/** The validator could not be started (not installed): the return cannot be checked. */
export class ValidatorMissing extends Error {
  constructor(program: string, why: string) {
    super(`cannot run ${program} to validate the census return (install libxml2-utils): ${why}`);
    this.name = 'ValidatorMissing';
  }
}

// xmllint writes "-:LINE: element NAME: Schemas validity error : MESSAGE" per error.
const FINDING = /^-:(\d+): element (\w+): Schemas validity error : (.*)$/;

/** Which worker each line of the file belongs to (the file is written one element a line). */
const workerLines = (xml: string): (number | null)[] => {
  let worker = 0;
  let inside = false;
  return xml.split('\n').map((line) => {
    if (line.includes('<CSWWWorker')) {
      worker += 1;
      inside = true;
    }
    const here = inside ? worker : null;
    if (line.includes('</CSWWWorker>') || line.includes('<CSWWWorker/>')) inside = false;
    return here;
  });
};

/**
 * The item a message is about. Ladder writes items in the schema's order, so "Element 'FTE':
 * This element is not expected. Expected is ( SWENo )" means SWENo is missing.
 */
const fieldOf = (element: string, message: string): string => {
  const expected = /Expected is(?: one of)? \( ([A-Za-z0-9]+)/.exec(message);
  return expected?.[1] ?? element;
};

export const parseFindings = (
  output: string,
  xml: string,
  records: readonly WorkerRecord[],
): ValidationFinding[] => {
  const lines = workerLines(xml);
  return output.split('\n').flatMap((text) => {
    const m = FINDING.exec(text.trim());
    if (m === null) return [];
    const [, lineText = '0', element = '', message = ''] = m;
    const line = Number(lineText);
    const worker = lines[line - 1] ?? null;
    return [
      {
        staffId: worker === null ? null : (records[worker - 1]?.staffId ?? null),
        worker,
        field: fieldOf(element, message),
        line,
        message: message.trim(),
      },
    ];
  });
};

/**
 * Validates the file against Ladder's XSD with `xmllint --schema` (Debian's libxml2-utils), in
 * a child process: the event loop only moves bytes while it runs.
 */
export const validateReturn = (
  xml: string,
  records: readonly WorkerRecord[],
  xmllint = 'xmllint',
): Promise<Validation> =>
  new Promise((resolve, reject) => {
    const child = spawn(xmllint, ['--noout', '--schema', schemaPath, '-'], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    const errors: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    child.on('error', (error) => reject(new ValidatorMissing(xmllint, error.message)));
    child.on('close', (code) => {
      const output = Buffer.concat(errors).toString('utf8');
      if (code === 0) return resolve({ valid: true });
      const findings = parseFindings(output, xml, records);
      if (findings.length === 0)
        return reject(new Error(`xmllint failed (exit ${String(code)}): ${output.slice(0, 500)}`));
      resolve({ valid: false, findings });
    });
    child.stdin.end(xml);
  });
