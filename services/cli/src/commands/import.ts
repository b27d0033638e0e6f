import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import * as E from 'fp-ts/Either';
import {
  importCsv,
  importKindNamed,
  importKinds,
  publishSeedFrameworks,
  type ImportReport,
} from '@ladder/application';
import { ActorRef, IsoDateTime } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { commandArgs } from './args';
import type { CommandResult } from './output';
import { progressLine, type Progress } from './progress';

/** Where relative paths start (pnpm runs scripts at the root; INIT_CWD is where you typed). */
export interface CliIo {
  readonly cwd: string;
  readonly progress: Progress;
  /** Standard output, for what a command streams (an export without --out). */
  readonly write: (text: string) => void;
}

const usageError = (message: string): CommandResult => ({
  lines: [message, 'usage: ladder import <kind> <file.csv> --dates uk|iso [--dry-run] [--json]'],
  exitCode: 64,
  json: { error: message },
});

const describe = (r: ImportReport, file: string): string[] => [
  ...r.problems.map(
    (p) => `${file}:${p.line}${p.column === null ? '' : ` ${p.column}`}: ${p.reason}`,
  ),
  `${r.dryRun ? 'dry run: ' : ''}${r.rows} ${r.kind} rows, ${r.badRows} bad` +
    (r.dryRun
      ? ', nothing written'
      : `, ${r.unchanged} already imported, ${r.corrected} corrected, ${r.eventsWritten} events written`),
];

/** `ladder import <kind> <file> --dates uk|iso [--dry-run] [--json]`. */
export const importCommand = async (
  store: EventStore,
  args: readonly string[],
  io: CliIo,
): Promise<CommandResult> => {
  const parsed = commandArgs(args, {
    dates: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  } as const);
  if (E.isLeft(parsed)) return usageError(parsed.left);
  const { values, positionals } = parsed.right;
  const [kindName = '', file, extra] = positionals;
  const kind = importKindNamed(kindName);
  if (kind === undefined)
    return usageError(
      `unknown kind "${kindName}"; one of: ${importKinds.map((k) => k.name).join(', ')}`,
    );
  if (file === undefined || extra !== undefined) return usageError('name one CSV file');
  if (values.dates !== 'uk' && values.dates !== 'iso')
    return usageError('--dates uk|iso is required: say how the file writes its dates');
  const path = resolve(io.cwd, file);
  const size = E.tryCatch(
    () => statSync(path).size,
    () => `cannot read ${path}`,
  );
  if (E.isLeft(size)) return { lines: [size.left], exitCode: 1, json: { error: size.left } };

  const stream = createReadStream(path);
  const started = Date.now();
  const actor = ActorRef.decode({ id: 'ladder-import', role: 'hr-admin' });
  const at = IsoDateTime.decode(new Date(started).toISOString());
  if (E.isLeft(actor) || E.isLeft(at)) return { lines: ['cannot stamp the import'], exitCode: 1 };
  // As every Ladder start does (a no-op once published): a first import into a fresh store,
  // before the API has ever started, finds the career frameworks the rules check grades with.
  if (!values['dry-run']) await publishSeedFrameworks(store, new Date(started));
  const report = await importCsv(store, stream, {
    kind,
    dates: values.dates,
    dryRun: values['dry-run'],
    request: {
      actor: actor.right,
      at: at.right,
      correlationId: `import:${kind.name}`,
      causationId: null,
    },
    onRow: (rows) =>
      io.progress(() =>
        progressLine({
          count: rows,
          unit: 'rows',
          done: size.right === 0 ? 1 : stream.bytesRead / size.right,
          started,
        }),
      ),
  });
  io.progress(null);
  const exitCode = report.problems.length > 0 ? 2 : 0;
  const seconds = (Date.now() - started) / 1000;
  // The process's high-water mark (getrusage), not a sample: what the import really needed.
  const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  return {
    lines: describe(report, file),
    exitCode,
    json: { file: path, ...report, seconds, rowsPerSecond: report.rows / seconds, peakRssMiB },
  };
};
