export { runCli, usage } from './cli';
export { loadConfig, type CliConfig } from './config';
export type { CommandResult } from './commands/output';
