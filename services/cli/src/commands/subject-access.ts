import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as E from 'fp-ts/Either';
import { subjectAccess, type PersonalDataContext } from '@ladder/application';
import { subjectAccessHtml } from '@ladder/api';
import { IsoDateTime } from '@ladder/domain';
import type { CliIo } from './import';
import type { CommandResult } from './output';

// `ladder subject-access <staffId>`: everything Ladder holds about a person, as the API's
// subject-access route answers it — JSON, or the printable page with --html.

const usage = 'usage: ladder subject-access <staffId> [--html] [--out file]';

export const subjectAccessCommand = async (
  ctx: PersonalDataContext,
  rest: readonly string[],
  io: CliIo,
): Promise<CommandResult> => {
  const [staffId, ...flags] = rest;
  const outAt = flags.indexOf('--out');
  const out = outAt >= 0 ? flags[outAt + 1] : undefined;
  const known = flags.every(
    (f, i) => f === '--html' || f === '--out' || (i === outAt + 1 && outAt >= 0),
  );
  if (
    staffId === undefined ||
    staffId.startsWith('--') ||
    !known ||
    (outAt >= 0 && out === undefined)
  )
    return { lines: [usage], exitCode: 64 };
  const at = new Date().toISOString();
  if (!IsoDateTime.is(at)) return { lines: [`the clock reads ${at}`], exitCode: 70 };
  const actor = { id: process.env['USER'] ?? 'ladder-cli', role: 'cli' };
  const exported = await subjectAccess(ctx, staffId, { actor, at });
  if (E.isLeft(exported))
    return {
      lines: [`no staff member ${staffId} in the log`],
      exitCode: 2,
      json: { error: 'not-found' },
    };
  const text = flags.includes('--html')
    ? subjectAccessHtml(exported.right)
    : `${JSON.stringify(exported.right, null, 2)}\n`;
  const summary = {
    staffId,
    records: exported.right.records.length,
    decisions: exported.right.decisions.length,
  };
  if (out === undefined) {
    io.write(text);
    return { lines: [], exitCode: 0, json: exported.right };
  }
  const path = resolve(io.cwd, out);
  writeFileSync(path, text);
  return {
    lines: [
      `${summary.records} records and ${summary.decisions} decisions about ${staffId} written to ${path}`,
    ],
    exitCode: 0,
    json: { ...summary, file: path },
  };
};
