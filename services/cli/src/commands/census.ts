import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as E from 'fp-ts/Either';
import { offerReturn } from '@ladder/census';
import type { EventStore } from '@ladder/event-store';
import { commandArgs } from './args';
import type { CliIo } from './import';
import type { CommandResult } from './output';
import { progressLine } from './progress';

const usageError = (message: string): CommandResult => ({
  lines: [
    message,
    'usage: ladder census --year yyyy [--known-at instant] [--la-code nnn] [--out file.xml]',
  ],
  exitCode: 64,
  json: { error: message },
});

/**
 * `ladder census --year 2026`: the DfE children's social work workforce return for 30
 * September of the year, as known at an instant, validated against Ladder's XSD before it is
 * written; findings by worker and item (exit 2) when it does not validate.
 */
export const censusCommand = async (
  store: EventStore,
  args: readonly string[],
  io: CliIo,
  laCodeSetting: string | undefined,
): Promise<CommandResult> => {
  const parsed = commandArgs(args, {
    year: { type: 'string' },
    'known-at': { type: 'string' },
    'la-code': { type: 'string' },
    out: { type: 'string' },
  } as const);
  if (E.isLeft(parsed)) return usageError(parsed.left);
  const { values, positionals } = parsed.right;
  if (positionals.length > 0) return usageError(`unexpected "${positionals.join(' ')}"`);
  const year = Number(values.year);
  if (!/^\d{4}$/.test(values.year ?? '') || year < 2017)
    return usageError('--year takes the census year, e.g. 2026 (the year ending 30 September)');
  const knownAt = values['known-at'] ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(knownAt)) || !/^\d{4}-\d{2}-\d{2}T/.test(knownAt))
    return usageError('--known-at takes an instant, e.g. 2026-10-31T17:00:00Z');
  const laCode = values['la-code'] ?? laCodeSetting ?? '';
  if (!/^\d{3}$/.test(laCode))
    return usageError('--la-code (or LADDER_LA_CODE) takes the DfE three-digit LA number');
  const started = Date.now();
  const head = Number(await store.headPosition());
  const offered = await offerReturn(store, { year, knownAt, laCode }, (p) =>
    io.progress(() =>
      progressLine({
        count: p.events,
        unit: 'events',
        done: head === 0 ? 1 : Number(p.position) / head,
        started,
      }),
    ),
  );
  io.progress(null);
  if (!offered.valid)
    return {
      lines: [
        `the ${String(year)} return does not validate against the census schema:`,
        ...offered.findings.map(
          (f) =>
            `  ${f.worker === null ? 'header' : `worker ${String(f.worker)} (staff ${f.staffId ?? '?'})`}: ${f.field ?? ''} — ${f.message}`,
        ),
      ],
      exitCode: 2,
      json: { year, knownAt, valid: false, findings: offered.findings },
    };
  if (values.out === undefined) {
    io.write(offered.xml);
    return { lines: [], exitCode: 0 };
  }
  const path = resolve(io.cwd, values.out);
  await writeFile(path, offered.xml);
  return {
    lines: [
      `census ${String(year)} written to ${values.out} (${String(offered.records)} workers, valid)`,
    ],
    exitCode: 0,
    json: { year, knownAt, valid: true, file: path, workers: offered.records },
  };
};
