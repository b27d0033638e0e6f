// One rebuild of every projection from a prepared log, in a fresh process so the peak
// RSS is the rebuild's own. Prints one JSON line. Args: <store path> <read-model path> [threads].
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { getSqliteEventStore } from '@ladder/event-store';
import { allProjections, openReadModels, rebuild } from '@ladder/projections';

const [storePath, readModelPath, threadsArg = '1'] = process.argv.slice(2);
const threads = threadsArg === '2' ? 2 : 1;
if (storePath === undefined || readModelPath === undefined)
  throw new Error('usage: <store> <read models>');
for (const suffix of ['', '-wal', '-shm']) rmSync(`${readModelPath}${suffix}`, { force: true });
// The yardstick: a bare SELECT of every event in position order, each row materialised (the
// least any rebuild must do), on its own read-only connection before the rebuild.
const bare = new Database(storePath, { readonly: true });
const scanStarted = performance.now();
let scanned = 0;
for (const row of bare.prepare('SELECT * FROM events ORDER BY position').raw(true).iterate())
  if (Array.isArray(row)) scanned++;
const scanSeconds = (performance.now() - scanStarted) / 1000;
bare.close();
const store = getSqliteEventStore({ path: storePath });
const db = openReadModels(readModelPath);
const rss: number[] = [];
let peak = process.memoryUsage().rss;
const startRss = peak;
const cpuBefore = process.cpuUsage();
const report = await rebuild({
  store,
  db,
  projections: allProjections,
  threads,
  onProgress: (applied) => {
    const now = process.memoryUsage().rss;
    peak = Math.max(peak, now);
    if (applied % 100_000 === 0) rss.push(Math.round(now / 2 ** 20));
  },
});
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  JSON.stringify({
    events: report.events,
    scanned,
    scanSeconds,
    seconds: report.seconds,
    // On a shared machine the wall time is mostly waiting for a core; CPU time is the work.
    cpuSeconds: (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(cpuBefore)),
    eventsPerSecond: report.eventsPerSecond,
    startRssMiB: Math.round(startRss / 2 ** 20),
    peakRssMiB: Math.round(peak / 2 ** 20),
    rssEvery100kMiB: rss,
    swapped: report.outcomes.filter((o) => o.kind === 'swapped').length,
  }),
);
db.close();
await store.close();
