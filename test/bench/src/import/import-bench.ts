import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `pnpm bench import` (issue 16): rows per second and peak memory of `ladder import` for
// 10,000 and 100,000 staff rows, dry run, import and the same file again, each through the
// real command in its own process (so peak RSS is that run's high-water mark, getrusage).

const cli = fileURLToPath(new URL('../../../../services/cli/', import.meta.url));

interface Run {
  readonly rows: number;
  readonly eventsWritten: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly peakRssMiB: number;
}

const staffFile = (path: string, rows: number) => {
  const lines = ['staff_id,job_family,grade,team,zone,weekly_hours,start_date,name'];
  for (let i = 1; i <= rows; i++)
    lines.push(`b${i},family-worker,L1,Team ${i % 40},Zone ${i % 5},37,2020-04-01,Person ${i}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
};

const ladderImport = (dir: string, file: string, dryRun: boolean): Run => {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/main.ts', 'import', 'staff', file, '--dates', 'iso', '--json'].concat(
      dryRun ? ['--dry-run'] : [],
    ),
    {
      cwd: cli,
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
      env: {
        ...process.env,
        LADDER_STORE: join(dir, 'events.sqlite'),
        LADDER_READ_MODELS: join(dir, 'rm.sqlite'),
      },
    },
  );
  if (run.status !== 0) throw new Error(`ladder import failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Run;
};

// Goals: a council's whole staff (a few thousand people, their facts ten times that) in
// minutes, in bounded memory whatever the file size.
const goals = { rowsPerSecond: 1000, peakRssMiB: 256 };

const n = (x: number) => Math.round(x).toLocaleString('en-GB');

export const runImportBench = (sizes: readonly number[] = [10_000, 100_000]): void => {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`import bench, ${new Date().toISOString()}, load average ${load}`);
  console.log(
    `goals: ≥ ${n(goals.rowsPerSecond)} rows/s written, peak RSS ≤ ${goals.peakRssMiB} MiB at any size`,
  );
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-bench-import-'));
    try {
      const file = join(dir, 'staff.csv');
      staffFile(file, size);
      for (const [label, dryRun] of [
        ['dry run', true],
        ['import', false],
        ['same file again', false],
      ] as const) {
        const r = ladderImport(dir, file, dryRun);
        const rateGoal =
          label === 'import' ? (r.rowsPerSecond >= goals.rowsPerSecond ? 'met' : 'NOT met') : '-';
        console.log(
          `${n(size).padStart(7)} rows  ${label.padEnd(15)} ${r.seconds.toFixed(1).padStart(6)} s  ` +
            `${n(r.rowsPerSecond).padStart(6)} rows/s  ${String(r.eventsWritten).padStart(7)} events  ` +
            `peak RSS ${r.peakRssMiB} MiB (${r.peakRssMiB <= goals.peakRssMiB ? 'met' : 'NOT met'})  rate goal: ${rateGoal}`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
};
