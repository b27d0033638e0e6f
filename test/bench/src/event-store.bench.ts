// Event-store benchmark: Ladder's SQLite adapter vs Emmett's SQLite store vs raw
// better-sqlite3 inserts in one transaction, for 100k and 1M small events.
// Each (store, size) runs in its own child process: fill the log with 100-event appends,
// read it all, then sample 10- and 1-event appends on top of the full log.
// Runs that hit a time cap are samples, marked † in the table with what was measured.
// Env: BENCH_SIZES=100000,1000000  BENCH_FILL_CAP_S=150  BENCH_SAMPLE_CAP_S=10
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CellResult, StoreName } from './event-store/measure';
import { renderTable } from './event-store/table';

const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const fillCap = process.env.BENCH_FILL_CAP_S ?? '150';
const sampleCap = process.env.BENCH_SAMPLE_CAP_S ?? '10';
const stores: StoreName[] = ['raw', 'ladder', 'emmett', 'ladder-v5'];
const child = fileURLToPath(new URL('./event-store/cell.child.ts', import.meta.url));

const runCell = (store: StoreName, size: number): CellResult => {
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', child, store, String(size), fillCap, sampleCap],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{'))
    throw new Error(`${store} ${size} failed (${run.status}): ${run.stdout}`);
  console.log(
    `  ${store} ${size.toLocaleString('en-GB')}: ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return JSON.parse(last) as CellResult;
};

console.log(
  `event-store bench, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
);
const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
console.log(`load average before: ${load()} (other work on this machine skews the figures)`);
console.log(
  `caps: fill ${fillCap} s, 10/1-event samples ${sampleCap} s each († = sample, rate extrapolated)`,
);
const tables: string[] = [];
for (const size of sizes)
  tables.push(
    renderTable(
      size,
      stores.map((store) => runCell(store, size)),
    ),
  );
console.log(`load average after: ${load()}`);
console.log(`\n${tables.join('\n\n')}\n`);
