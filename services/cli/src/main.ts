import { runCli } from './cli';
import { colourWanted, painted } from './commands/output';
import { terminalProgress } from './commands/progress';
import { loadConfig } from './config';

// `pnpm ladder …` runs at the repository root; INIT_CWD is the directory the command was typed in.
const cwd = process.env.INIT_CWD ?? process.cwd();
const colour = colourWanted(process.stdout, process.env);
try {
  const result = await runCli(process.argv.slice(2), loadConfig(), {
    cwd,
    progress: terminalProgress(process.stderr, colourWanted(process.stderr, process.env)),
    write: (text) => void process.stdout.write(text),
  });
  const asJson = process.argv.includes('--json');
  const out = result.exitCode === 64 && !asJson ? process.stderr : process.stdout;
  for (const line of painted(result, colour)) out.write(`${line}\n`);
  process.exitCode = result.exitCode;
} catch (error) {
  // Ladder itself failed (not the input): say so plainly, exit 70 (EX_SOFTWARE).
  process.stderr.write(`ladder: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 70;
}
