// Projections benchmark: (1) rebuild of every read model from a log of 1M events — wall
// time, events/s, peak RSS (in a child process of its own); (2) as-of eligibility for one
// person with 1,000 events on their stream — p50/p99 over random dates.
// Env: BENCH_PROJECTION_EVENTS=1000000  BENCH_ASOF_SAMPLES=500
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSqliteEventStore } from '@ladder/event-store';
import { generatePerson } from '@ladder/demo';
import {
  eligibilityOn,
  eligibilityProjection,
  openReadModels,
  startRunner,
} from '@ladder/projections';
import { buildLog } from './projections/build-log';

const target = Number(process.env.BENCH_PROJECTION_EVENTS ?? 1_000_000);
const samples = Number(process.env.BENCH_ASOF_SAMPLES ?? 500);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
console.log(
  `projections bench, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB; load average ${load()}`,
);

// (1) Rebuild from a prepared log (cached between runs in the temp directory).
const cache = join(tmpdir(), 'ladder-bench');
mkdirSync(cache, { recursive: true });
const storePath = join(cache, `projections-${target}.sqlite`);
const built = performance.now();
const events = await buildLog(storePath, target);
console.log(
  `log: ${events.toLocaleString('en-GB')} events at ${storePath} (ready in ${((performance.now() - built) / 1000).toFixed(1)} s)`,
);
const child = fileURLToPath(new URL('./projections/rebuild.child.ts', import.meta.url));
interface RebuildRun {
  events: number;
  scanned: number;
  scanSeconds: number;
  seconds: number;
  cpuSeconds: number;
  eventsPerSecond: number;
  startRssMiB: number;
  peakRssMiB: number;
  rssEvery100kMiB: number[];
  swapped: number;
}
/** One rebuild in a process of its own: on one thread, or with eligibility on a second. */
const rebuildOnce = (threads: 1 | 2): RebuildRun => {
  // The rebuilt read models run to gigabytes: removed once measured.
  const rebuilt = mkdtempSync(join(tmpdir(), 'ladder-rm-'));
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', child, storePath, join(rebuilt, 'read.sqlite'), String(threads)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  rmSync(rebuilt, { recursive: true, force: true });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{'))
    throw new Error(`rebuild failed (${run.status}): ${run.stdout}`);
  return JSON.parse(last) as RebuildRun;
};
const r = rebuildOnce(1);
const r2 = rebuildOnce(2);

// (2) As-of eligibility for one person with 1,000 events.
const dir = mkdtempSync(join(tmpdir(), 'ladder-asof-'));
const person = generatePerson({ seed: 5, events: 1_000 });
const store = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
for (const a of person.appends) {
  const result = await store.append(a.streamName, a.events);
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
}
const db = openReadModels(join(dir, 'read.sqlite'));
const runner = startRunner({ store, db, projections: [eligibilityProjection] });
await runner.caughtUp;
await runner.stop();
const ownEvents = person.appends
  .filter((a) => a.streamName === `staff-${person.staffId}`)
  .reduce((n, a) => n + a.events.length, 0);
const days = (d: string) => Date.parse(`${d}T00:00:00Z`);
const from = days('2018-01-02');
const to = days('2026-12-31');
const timings: number[] = [];
let eligible = 0;
for (let i = 0; i < samples + 20; i++) {
  const effectiveOn = new Date(from + Math.floor((((i * 7919) % 1000) / 1000) * (to - from)))
    .toISOString()
    .slice(0, 10);
  const t = performance.now();
  const verdict = eligibilityOn(db, person.staffId, { effectiveOn });
  const ms = performance.now() - t;
  if (verdict._tag === 'Left') throw new Error(JSON.stringify(verdict.left));
  if (verdict.right.eligible) eligible++;
  if (i >= 20) timings.push(ms); // the first 20 warm the JIT
}
timings.sort((a, b) => a - b);
const pct = (p: number) =>
  timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))] ?? NaN;
db.close();
await store.close();
rmSync(dir, { recursive: true, force: true });

console.log(`load average after: ${load()} (other work on this machine skews the figures)\n`);
console.log('| measure | figure |');
console.log('| --- | --- |');
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const ratio = r.seconds / r.scanSeconds;
console.log(
  `| rebuild, all ${r.swapped} projections | ${r.events.toLocaleString('en-GB')} events in ${r.seconds.toFixed(1)} s = ${Math.round(r.eventsPerSecond).toLocaleString('en-GB')} events/s, ${r.cpuSeconds.toFixed(1)} s of CPU (goal: 1M in ≤ 10 s — ${met(r.seconds <= 10 * (r.events / 1e6))}) |`,
);
console.log(
  `| bare scan of the same log (SELECT * … ORDER BY position, same run) | ${r.scanned.toLocaleString('en-GB')} rows in ${r.scanSeconds.toFixed(2)} s; the rebuild took ${ratio.toFixed(1)}× that (goal: ≤ 5× — ${met(ratio <= 5)}) |`,
);
console.log(
  `| rebuild memory | peak RSS ${r.peakRssMiB} MiB (goal: ≤ 512 MiB — ${met(r.peakRssMiB <= 512)}; start ${r.startRssMiB} MiB; every 100k events: ${r.rssEvery100kMiB.join(', ')} MiB) |`,
);
console.log(
  `| the same with eligibility on a second thread (\`ladder rebuild --threads 2\`) | ${r2.seconds.toFixed(1)} s (${(r.seconds / r2.seconds).toFixed(2)}× one thread's speed), ${r2.cpuSeconds.toFixed(1)} s of CPU, ${(r2.seconds / r2.scanSeconds).toFixed(1)}× its bare scan; peak RSS ${r2.peakRssMiB} MiB |`,
);
console.log(
  `| as-of eligibility, one person with ${ownEvents} events | p50 ${pct(50).toFixed(2)} ms, p99 ${pct(99).toFixed(2)} ms over ${timings.length} dates (goal: p99 < 5 ms); eligible on ${eligible - 0} of them |`,
);
