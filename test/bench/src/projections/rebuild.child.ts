// One rebuild of every projection from a prepared log, in a fresh process so the peak
// RSS is the rebuild's own. Prints one JSON line. Args: <store path> <read-model path>.
import { rmSync } from 'node:fs';
import { getSqliteEventStore } from '@ladder/event-store';
import { allProjections, openReadModels, rebuild } from '@ladder/projections';

const [storePath, readModelPath] = process.argv.slice(2);
if (storePath === undefined || readModelPath === undefined)
  throw new Error('usage: <store> <read models>');
for (const suffix of ['', '-wal', '-shm']) rmSync(`${readModelPath}${suffix}`, { force: true });
const store = getSqliteEventStore({ path: storePath });
const db = openReadModels(readModelPath);
const rss: number[] = [];
let peak = process.memoryUsage().rss;
const startRss = peak;
const report = await rebuild({
  store,
  db,
  projections: allProjections,
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
    seconds: report.seconds,
    eventsPerSecond: report.eventsPerSecond,
    startRssMiB: Math.round(startRss / 2 ** 20),
    peakRssMiB: Math.round(peak / 2 ** 20),
    rssEvery100kMiB: rss,
    swapped: report.outcomes.filter((o) => o.kind === 'swapped').length,
  }),
);
db.close();
await store.close();
