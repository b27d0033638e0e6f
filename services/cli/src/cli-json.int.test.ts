import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli';

// `pnpm ladder` as a person types it (the real executable, its exit codes and output): the
// issue's done-when — a 1,000-row file with a few bad rows, dry run, import, import again —
// and --json from every command.

const serviceDir = fileURLToPath(new URL('..', import.meta.url));
let dir: string;
let env: NodeJS.ProcessEnv;

const ladder = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: serviceDir,
    env,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};
const json = (...args: string[]) => {
  const run = ladder(...args, '--json');
  const lines = run.stdout.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  return { status: run.status, answer: JSON.parse(lines[0] ?? '') as Record<string, unknown> };
};

// By file line (the header is line 1): the cells that spoil it.
const bad = new Map<number, { grade?: string; hours?: string; start?: string }>([
  [58, { grade: 'L1/L2' }],
  [500, { start: '2021-04-01' }],
  [999, { hours: '-3' }],
]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ladder-cli-json-'));
  env = {
    ...process.env,
    INIT_CWD: dir,
    NO_COLOR: '1',
    LADDER_STORE: join(dir, 'events.sqlite'),
    LADDER_READ_MODELS: join(dir, 'rm.sqlite'),
  };
  const lines = ['staff_id,job_family,grade,team,zone,weekly_hours,start_date,name'];
  for (let i = 1; i <= 1000; i++) {
    const { grade = 'L1', hours = '37', start = '01/04/2020' } = bad.get(i + 1) ?? {};
    lines.push(`c-${i},family-worker,${grade},North,Zone A,${hours},${start},Person ${i}`);
  }
  writeFileSync(join(dir, 'staff.csv'), lines.join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pnpm ladder, the real command', () => {
  it('a 1,000-row file: the dry run names exactly the bad rows, the import writes the rest, again writes nothing', () => {
    const dry = ladder('import', 'staff', 'staff.csv', '--dates', 'uk', '--dry-run');
    expect(dry.status).toBe(2);
    expect(dry.stdout.trim().split('\n')).toEqual([
      'staff.csv:58 grade: "L1/L2" is not a valid Grade',
      'staff.csv:500 start_date: "2021-04-01" is not a date as dd/mm/yyyy',
      'staff.csv:999 weekly_hours: "-3" is not a valid WeeklyHours',
      'dry run: 1000 staff rows, 3 bad, nothing written',
    ]);
    // Not a terminal, NO_COLOR set: no escape codes, no progress bar.
    expect(dry.stdout + dry.stderr).not.toContain('\x1b');

    const written = json('import', 'staff', 'staff.csv', '--dates', 'uk');
    expect(written.status).toBe(2);
    expect(written.answer).toMatchObject({ rows: 1000, badRows: 3, eventsWritten: 997 });
    expect((written.answer['problems'] as { line: number }[]).map((p) => p.line)).toEqual([
      58, 500, 999,
    ]);
    const again = json('import', 'staff', 'staff.csv', '--dates', 'uk');
    expect(again.answer).toMatchObject({ badRows: 3, unchanged: 997, eventsWritten: 0 });
  }, 300_000);

  it('answers --json from every command, with the documented exit codes', async () => {
    const rebuilt = json('rebuild');
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.answer['projections']).toContainEqual(
      expect.objectContaining({ name: 'workforce', swapped: true }),
    );
    const lag = json('lag');
    expect(lag.status).toBe(0);
    expect(lag.answer['projections']).toContainEqual(
      expect.objectContaining({ name: 'workforce', status: 'running', lag: '0' }),
    );
    const verified = json('verify');
    expect([verified.status, verified.answer['intact']]).toEqual([0, true]);
    expect(verified.answer['events']).toBeGreaterThanOrEqual(997);

    const exported = json('export', 'headcount', '--group-by', 'team', '--out', 'hc.xlsx');
    expect(exported).toMatchObject({ status: 0, answer: { format: 'xlsx', rows: 2 } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'hc.xlsx'));
    const cells = book.getWorksheet('headcount')?.getRow(2).values;
    expect(cells).toEqual([undefined, 'North', 997, 997, 'no']);
    // The rest in process (each spawn costs seconds of start-up on a busy machine).
    const config = {
      store: env['LADDER_STORE'] ?? '',
      readModels: env['LADDER_READ_MODELS'] ?? '',
    };
    let table = '';
    const io = { cwd: dir, progress: () => undefined, write: (t: string) => void (table += t) };
    const inProcess = async (...args: string[]) => {
      const r = await runCli([...args, '--json'], config, io);
      return { status: r.exitCode, answer: JSON.parse(r.lines[0] ?? '{}') as unknown };
    };
    await runCli(['export', 'headcount', '--group-by', 'team', '--json'], config, io);
    expect(JSON.parse(table)).toMatchObject([
      { team: 'North', count: 997, fte: 997, suppressed: 'no' },
      { team: 'total', count: 997 },
    ]);

    expect(await inProcess('import', 'salaries', 'staff.csv', '--dates', 'uk')).toMatchObject({
      status: 64,
      answer: { error: expect.stringMatching(/^unknown kind "salaries"/) as unknown },
    });
    expect((await inProcess('import', 'staff', 'nowhere.csv', '--dates', 'uk')).status).toBe(1);
    expect((await inProcess('export', 'headcount', '--format', 'pdf')).status).toBe(64);
    expect((await runCli(['frobnicate'], config, io)).exitCode).toBe(64);
    const help = await runCli(['export', '--help'], config, io);
    expect(help.exitCode).toBe(0);
    expect(help.lines.join('\n')).toContain('--format');
  }, 300_000);
});
