// `pnpm bench [name-filter]`: runs every src/*.bench.ts, each in its own Node process
// (so one benchmark's memory and JIT state cannot colour the next), one after another.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2] ?? '';
const scripts = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();
if (scripts.length === 0) {
  console.error(`no benchmark in ${here} matches "${filter}"`);
  process.exit(1);
}
const failed: string[] = [];
for (const script of scripts) {
  console.log(`\n=== ${script} (${new Date().toISOString()})`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', `${here}${script}`], {
    stdio: 'inherit',
  });
  console.log(
    `=== ${script}: ${run.status === 0 ? 'done' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (run.status !== 0) failed.push(script);
}
if (failed.length > 0) {
  console.error(`failed: ${failed.join(', ')}`);
  process.exit(1);
}
