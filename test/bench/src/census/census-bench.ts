import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { issueToken, startLadder } from '@ladder/api';
import { generateCouncil } from '@ladder/demo';
import { getSqliteEventStore } from '@ladder/event-store';

// The census return for 30 September 2024 over a demo council (LADDER_BENCH_STAFF people over
// LADDER_BENCH_YEARS years from April 2019) on a real Ladder server: how long the XML (read,
// built, validated by xmllint) and the preview take, and /healthz latency meanwhile — what the
// yielding slices leave for other requests.

const staff = Number(process.env['LADDER_BENCH_STAFF'] ?? 1000);
const years = Number(process.env['LADDER_BENCH_YEARS'] ?? 6);
const runs = Number(process.env['LADDER_BENCH_RETURNS'] ?? 3);
const secret = 'bench-secret-bench-secret-bench-secret';

export const runCensusBench = async (): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-census-bench-'));
  const eventStore = join(dir, 'events.sqlite');
  try {
    const store = getSqliteEventStore({ path: eventStore });
    const { appends } = generateCouncil({ seed: 12, staff, years, startDate: '2019-04-01' });
    for (let from = 0; from < appends.length; from += 512) {
      const window = appends.slice(from, from + 512);
      for (const r of await Promise.all(window.map((a) => store.append(a.streamName, a.events))))
        if (r._tag === 'Left') throw new Error(JSON.stringify(r.left));
    }
    const events = await store.headPosition();
    await store.close();
    const runtime = await startLadder({
      eventStore,
      readModels: join(dir, 'read-models.sqlite'),
      dataDir: dir,
      auth: { kind: 'hs256', secret },
      logger: pino({ level: 'silent' }),
      laCode: '303',
    });
    await runtime.settle();
    try {
      const hr = `Bearer ${await issueToken(secret, { id: 'bench-hr', role: 'hr-admin' })}`;
      const timed = async (path: string) => {
        const started = performance.now();
        const res = await fetch(`${runtime.url}${path}`, { headers: { authorization: hr } });
        const text = await res.text();
        if (res.status !== 200)
          throw new Error(`${path} answered ${res.status}: ${text.slice(0, 300)}`);
        return { ms: performance.now() - started, bytes: text.length };
      };
      const xml = '/census/csww?year=2024';
      const first = await timed(xml);
      const preview = await timed('/census/csww/preview?year=2024');
      const timings: number[] = [first.ms];
      let producing = true;
      const during = (async () => {
        while (producing) timings.push((await timed(xml)).ms);
      })();
      const health = await autocannon({
        url: `${runtime.url}/healthz`,
        connections: 1,
        amount: 200 * runs,
      });
      producing = false;
      await during;
      timings.sort((a, b) => a - b);
      const median = timings[Math.floor(timings.length / 2)] ?? NaN;
      console.log(
        `${new Date().toISOString()}  load ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}  council ${staff} staff × ${years} years = ${events} events`,
      );
      console.log(
        `census XML for 2024 (${Math.round(first.bytes / 1024)} KiB, validated): median ${median.toFixed(0)} ms over ${timings.length} returns; preview (two years) ${preview.ms.toFixed(0)} ms`,
      );
      console.log(
        `/healthz while returns are produced: p50 ${health.latency.p50} ms  p99 ${health.latency.p99} ms  max ${health.latency.max} ms (${health['2xx']} ok)`,
      );
    } finally {
      await runtime.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
