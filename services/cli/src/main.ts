import { runCli } from './cli';
import { terminalProgress } from './commands/progress';
import { loadConfig } from './config';

// `pnpm ladder …` runs at the repository root; INIT_CWD is the directory the command was typed in.
const cwd = process.env.INIT_CWD ?? process.cwd();
const result = await runCli(process.argv.slice(2), loadConfig(), {
  cwd,
  progress: terminalProgress(process.stderr),
  write: (text) => void process.stdout.write(text),
});
for (const line of result.lines)
  (result.exitCode === 64 ? process.stderr : process.stdout).write(`${line}\n`);
process.exitCode = result.exitCode;
