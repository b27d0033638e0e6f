import { dirname, join } from 'node:path';
import { openLadderStore } from '@ladder/application';
import { openReadModels } from '@ladder/projections';
import { censusCommand } from './commands/census';
import { exportCommand } from './commands/export';
import { importCommand, type CliIo } from './commands/import';
import { lagCommand } from './commands/lag';
import type { CommandResult } from './commands/output';
import { rebuildCommand } from './commands/rebuild';
import { subjectAccessCommand } from './commands/subject-access';
import { verifyCommand } from './commands/verify';
import type { CliConfig } from './config';
import { commandHelp, helpFor, usageLines } from './help';

/** The whole usage, as `ladder --help` prints it. */
export const usage = usageLines();

const quiet: CliIo = {
  cwd: process.cwd(),
  progress: () => undefined,
  write: (text) => void process.stdout.write(text),
};

/**
 * The log as every Ladder process opens it: personal parts sealed with the keys in the data
 * dir (`LADDER_KEYS`; by default beside the read models), so an import never writes them in clear.
 */
const keysOf = (config: CliConfig): string =>
  config.keys ?? join(dirname(config.readModels), 'keys.sqlite');
const openStore = (config: CliConfig) => openLadderStore(config.store, keysOf(config)).store;

/** The read-side commands: they open the read models beside the store. */
const readSide = async (
  command: string,
  rest: readonly string[],
  config: CliConfig,
  io: CliIo,
): Promise<CommandResult> => {
  const store = openStore(config);
  const db = openReadModels(config.readModels);
  const [argument] = rest;
  try {
    if (command === 'export') return await exportCommand(store, db, rest, io);
    if (command === 'rebuild') return await rebuildCommand(store, db, rest, io.progress);
    if (command === 'verify') return await verifyCommand(store, db, argument, io.progress);
    return await lagCommand(store, db);
  } finally {
    db.close();
    await store.close();
  }
};

/** Runs one CLI command; with `--json` (any command) its answer is one JSON object instead. */
export const runCli = async (
  args: readonly string[],
  config: CliConfig,
  io: CliIo = quiet,
): Promise<CommandResult> => {
  const json = args.includes('--json');
  // export streams its table as JSON itself when it has no file to write.
  const result = await runCommand(
    args.filter((a) => a !== '--json' || args[0] === 'export'),
    config,
    io,
  );
  if (!json || (result.json === undefined && result.lines.length === 0)) return result;
  const answer = result.json ?? { error: result.lines.join('\n') };
  return { ...result, lines: [JSON.stringify(answer)] };
};

const runCommand = async (
  args: readonly string[],
  config: CliConfig,
  io: CliIo,
): Promise<CommandResult> => {
  const [command = '', ...rest] = args;
  if (command === '--help' || command === 'help') return { lines: usage, exitCode: 0 };
  const help = commandHelp.find((c) => c.name === command);
  if (help === undefined) return { lines: usage, exitCode: 64 };
  if (rest.includes('--help')) return { lines: helpFor(help), exitCode: 0 };
  if (command === 'census') {
    const store = openStore(config);
    try {
      return await censusCommand(store, rest, io, config.laCode);
    } finally {
      await store.close();
    }
  }
  if (command === 'subject-access') {
    const ladder = openLadderStore(config.store, keysOf(config));
    try {
      return await subjectAccessCommand(ladder, rest, io);
    } finally {
      await ladder.store.close();
    }
  }
  if (command === 'import') {
    const store = openStore(config);
    try {
      return await importCommand(store, rest, io);
    } finally {
      await store.close();
    }
  }
  const [argument, extra] = rest;
  // export and rebuild read their own options.
  if (
    command !== 'export' &&
    command !== 'rebuild' &&
    (extra !== undefined || (command === 'lag' && argument !== undefined))
  )
    return { lines: helpFor(help), exitCode: 64 };
  return readSide(command, rest, config, io);
};
