import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { getSqliteEventStore } from '@ladder/event-store';
import { generateCouncil } from '@ladder/demo';
import { allProjections } from '@ladder/projections';
import { runCli } from './cli';

const serviceDir = fileURLToPath(new URL('..', import.meta.url));

/** A demo council written to a fresh store file; answers the head of its log. */
const seedCouncil = async (path: string, size: { seed: number; staff: number }) => {
  const store = getSqliteEventStore({ path });
  for (const a of generateCouncil({ ...size, years: 2 }).appends) {
    const r = await store.append(a.streamName, a.events);
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  }
  const head = await store.headPosition();
  await store.close();
  return head;
};

describe('ladder CLI', () => {
  it('rebuilds, reports lag, verifies the audit chain and names the event that was tampered with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-cli-'));
    const config = {
      store: join(dir, 'events.sqlite'),
      readModels: join(dir, 'read-models.sqlite'),
    };
    const head = await seedCouncil(config.store, { seed: 3, staff: 25 });

    expect(await runCli(['rebuild', 'no-such-model'], config)).toMatchObject({ exitCode: 64 });
    expect(await runCli(['frobnicate'], config)).toMatchObject({ exitCode: 64 });
    const rebuilt = await runCli(['rebuild'], config);
    expect(rebuilt.exitCode).toBe(0);
    expect(rebuilt.lines).toContain(`audit-trail: rebuilt to position ${head} (generation 2)`);
    expect(rebuilt.lines.at(-1)).toMatch(
      /^\d+ events in [\d.]+ s \(\d+ events\/s\), peak RSS \d+ MiB$/,
    );
    const single = await runCli(['rebuild', 'workforce'], config);
    expect(single.lines[0]).toBe(`workforce: rebuilt to position ${head} (generation 3)`);
    expect(await runCli(['rebuild', '--threads', '3'], config)).toMatchObject({ exitCode: 64 });
    const twoThreads = await runCli(['rebuild', '--threads', '2'], config);
    expect(twoThreads.exitCode).toBe(0);
    expect(twoThreads.lines).toContain(`eligibility: rebuilt to position ${head} (generation 3)`);

    const lag = await runCli(['lag'], config);
    expect(lag.exitCode).toBe(0);
    expect(lag.lines).toHaveLength(allProjections.length);
    for (const line of lag.lines)
      expect(line).toMatch(new RegExp(`running  checkpoint ${head}  head ${head}  lag 0$`));

    expect(await runCli(['verify'], config)).toMatchObject({ exitCode: 0 });
    const intact = await runCli(['verify', 's00003'], config);
    expect(intact.lines[0]).toMatch(
      // Their own stream and the case allocations that name them.
      /^audit chain intact for staff s00003: \d+ events in \d+ streams?$/,
    );

    // Rewrite one of s00003's facts in the event store behind Ladder's back.
    const raw = new Database(config.store);
    const victim = raw
      .prepare<[], { event_id: string; revision: number; position: number; data: string }>(
        "SELECT event_id, revision, position, data FROM events WHERE stream_name = 'staff-s00003' AND type = 'PdrRecorded' ORDER BY revision LIMIT 1",
      )
      .get();
    if (victim === undefined) throw new Error('no PDR to tamper with');
    const forged = JSON.stringify({
      ...(JSON.parse(victim.data) as object),
      outcome: 'positive',
      period: '1999-00',
    });
    raw.prepare('UPDATE events SET data = ? WHERE event_id = ?').run(forged, victim.event_id);
    raw.close();

    const broken = await runCli(['verify', 's00003'], config);
    expect(broken.exitCode).toBe(2);
    expect(broken.lines[0]).toBe(`audit chain BROKEN for staff s00003 at event ${victim.event_id}`);
    expect(broken.lines[1]).toBe(
      `  stream staff-s00003, revision ${victim.revision}, position ${victim.position}, type PdrRecorded`,
    );
    expect((await runCli(['verify', 's00004'], config)).exitCode).toBe(0);

    // The same through the real executable.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'verify'], {
      cwd: serviceDir,
      env: { ...process.env, LADDER_STORE: config.store, LADDER_READ_MODELS: config.readModels },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(victim.event_id);
  }, 120_000);

  it('prints help for every command and imports a CSV file: dry run, import, re-import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-cli-import-'));
    const config = { store: join(dir, 'events.sqlite'), readModels: join(dir, 'rm.sqlite') };
    for (const command of ['rebuild', 'verify', 'lag', 'import', 'export']) {
      const help = await runCli([command, '--help'], config);
      expect(help.exitCode).toBe(0);
      expect(help.lines[0]).toMatch(new RegExp(`^usage: ladder ${command}`));
    }
    writeFileSync(
      join(dir, 'staff.csv'),
      '\uFEFFstaff_id,job_family,grade,team,zone,weekly_hours,start_date\n' +
        's1,family-worker,L1,North,Zone A,37,01/04/2020\n' +
        's2,family-worker,L1,North,Zone A,forty,01/04/2020\n',
    );
    const io = { cwd: dir, progress: () => undefined, write: () => undefined };
    const importing = (...more: string[]) =>
      runCli(['import', 'staff', 'staff.csv', '--dates', 'uk', ...more], config, io);
    expect(await runCli(['import', 'staff', 'staff.csv'], config, io)).toMatchObject({
      exitCode: 64,
    });
    const dry = await importing('--dry-run');
    expect(dry).toMatchObject({ exitCode: 2 });
    expect(dry.lines).toEqual([
      'staff.csv:3 weekly_hours: "forty" is not a number',
      'dry run: 2 staff rows, 1 bad, nothing written',
    ]);
    expect((await importing()).lines.at(-1)).toBe(
      '2 staff rows, 1 bad, 0 already imported, 0 corrected, 1 events written',
    );
    const again = await importing('--json');
    expect(JSON.parse(again.lines[0] ?? '')).toMatchObject({
      rows: 2,
      badRows: 1,
      unchanged: 1,
      eventsWritten: 0,
      problems: [{ line: 3, column: 'weekly_hours' }],
    });
  }, 60_000);

  it('exports headcount with the small-number rule as CSV and XLSX, and the whole audit trail', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-cli-export-'));
    const config = { store: join(dir, 'events.sqlite'), readModels: join(dir, 'rm.sqlite') };
    const head = await seedCouncil(config.store, { seed: 5, staff: 40 });
    expect((await runCli(['rebuild'], config)).exitCode).toBe(0);

    const io = { cwd: dir, progress: () => undefined, write: () => undefined };
    const asOf = '2026-01-01';
    const done = await runCli(
      ['export', 'headcount', '--as-of', asOf, '--group-by', 'team,grade', '--out', 'hc.csv'],
      config,
      io,
    );
    expect(done).toMatchObject({ exitCode: 0 });
    const text = readFileSync(join(dir, 'hc.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse<Record<string, string>>(text, { bom: true, columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual(['team', 'grade', 'count', 'fte', 'suppressed']);
    const byTeam = rows.filter((r) => r.team !== 'total');
    // Small counts are never written; a withheld row keeps its group and loses every figure.
    for (const r of byTeam)
      if (r.suppressed === 'yes') expect([r.count, r.fte]).toEqual(['', '']);
      else expect(Number(r.count) === 0 || Number(r.count) >= 5).toBe(true);
    expect(byTeam.some((r) => r.suppressed === 'yes')).toBe(true);
    const total = rows.find((r) => r.team === 'total');
    expect(Number(total?.count)).toBeGreaterThanOrEqual(
      byTeam.reduce((n, r) => n + Number(r.count || 0), 0),
    );

    // The same table as an Excel workbook, read back with the library that wrote it.
    const xlsx = await runCli(
      ['export', 'headcount', '--as-of', asOf, '--group-by', 'team,grade', '--out', 'hc.xlsx'],
      config,
      io,
    );
    expect(xlsx).toMatchObject({ exitCode: 0 });
    expect(xlsx.lines[0]).toMatch(/^headcount written to hc\.xlsx \(xlsx, \d+ rows\)$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'hc.xlsx'));
    const sheet = book.getWorksheet('headcount');
    const read: string[][] = [];
    sheet?.eachRow({ includeEmpty: true }, (row) => {
      read.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).text));
    });
    expect(read).toEqual([
      ['team', 'grade', 'count', 'fte', 'suppressed'],
      ...rows.map((r) => [r.team, r.grade, r.count, r.fte, r.suppressed]),
    ]);

    let audit = '';
    const streamed = await runCli(['export', 'audit'], config, {
      ...io,
      write: (t) => void (audit += t),
    });
    expect(streamed.exitCode).toBe(0);
    const entries = parse<Record<string, string>>(audit, { bom: true, columns: true });
    expect(entries).toHaveLength(Number(head));
    expect(entries.map((e) => Number(e.position))).toEqual(
      Array.from({ length: Number(head) }, (_, i) => i + 1),
    );
    // The hash chain is per stream: each event names the hash of the one before it.
    const someone = entries.find((e) => e.stream?.startsWith('staff-'))?.stream;
    const first = entries.filter((e) => e.stream === someone);
    expect(first.length).toBeGreaterThan(1);
    expect(first[1]?.previous_hash).toBe(first[0]?.hash);
    expect(await runCli(['export', 'headcount', '--group-by', 'shoe'], config, io)).toMatchObject({
      exitCode: 64,
    });
  }, 120_000);
});
