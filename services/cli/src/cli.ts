import { openEventStore } from '@ladder/event-store';
import { openReadModels } from '@ladder/projections';
import { lagCommand } from './commands/lag';
import type { CommandResult } from './commands/output';
import { rebuildCommand } from './commands/rebuild';
import { verifyCommand } from './commands/verify';
import type { CliConfig } from './config';

export const usage = [
  'usage: ladder <command>',
  '  rebuild [projection]   replay the log into fresh read-model tables and swap them in',
  '  verify [staffId]       recompute the audit hash chains from the event store',
  '  lag                    each projection’s checkpoint, the head of the log, and the lag',
  'environment: LADDER_STORE (event store), LADDER_READ_MODELS (read-model file)',
];

/** Runs one CLI command against the configured store and read models. */
export const runCli = async (
  args: readonly string[],
  config: CliConfig,
): Promise<CommandResult> => {
  const [command, argument, extra] = args;
  const known = command === 'rebuild' || command === 'verify' || command === 'lag';
  if (!known || extra !== undefined || (command === 'lag' && argument !== undefined))
    return { lines: usage, exitCode: 64 };
  const store = openEventStore(config.store);
  const db = openReadModels(config.readModels);
  try {
    if (command === 'rebuild') return await rebuildCommand(store, db, argument);
    if (command === 'verify') return await verifyCommand(store, db, argument);
    return await lagCommand(store, db);
  } finally {
    db.close();
    await store.close();
  }
};
