import { runCli } from './cli';
import { loadConfig } from './config';

const result = await runCli(process.argv.slice(2), loadConfig());
for (const line of result.lines)
  (result.exitCode === 64 ? process.stderr : process.stdout).write(`${line}\n`);
process.exitCode = result.exitCode;
