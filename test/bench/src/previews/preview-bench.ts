import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { issueToken, startLadder } from '@ladder/api';
import { generateCouncil } from '@ladder/demo';
import { familyWorkerPolicyV1 } from '@ladder/domain';
import { getSqliteEventStore } from '@ladder/event-store';

// A draft policy previewed over a demo council (LADDER_BENCH_STAFF people over
// LADDER_BENCH_YEARS years) on a real Ladder server: how long one preview takes (everyone of
// the family judged twice), and /healthz latency while previews run back to back — what the
// yielding slices leave for the other requests.

const staff = Number(process.env['LADDER_BENCH_STAFF'] ?? 3000);
const years = Number(process.env['LADDER_BENCH_YEARS'] ?? 10);
const runs = Number(process.env['LADDER_BENCH_PREVIEWS'] ?? 3);
const secret = 'bench-secret-bench-secret-bench-secret';

export const runPreviewBench = async (): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-preview-bench-'));
  const eventStore = join(dir, 'events.sqlite');
  try {
    const store = getSqliteEventStore({ path: eventStore });
    const { appends } = generateCouncil({ seed: 12, staff, years });
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
    });
    await runtime.settle();
    try {
      const hr = `Bearer ${await issueToken(secret, { id: 'bench-hr', role: 'hr-admin' })}`;
      const today = new Date().toISOString().slice(0, 10);
      // A tightening: the positive PDR within 6 months instead of 12.
      const document = {
        ...familyWorkerPolicyV1,
        version: 2,
        effectiveFrom: today,
        criteria: familyWorkerPolicyV1.criteria.map((c) =>
          c.id === 'fw-pdr' ? { ...c, rule: { kind: 'positive-pdr-within', months: 6 } } : c,
        ),
      };
      const preview = async () => {
        const started = performance.now();
        const res = await fetch(`${runtime.url}/policies/family-worker/previews`, {
          method: 'POST',
          headers: { authorization: hr, 'content-type': 'application/json' },
          body: JSON.stringify({ document }),
        });
        const body = (await res.json()) as { evaluated?: number; lose?: number };
        if (res.status !== 200) throw new Error(`preview answered ${res.status}`);
        return { ms: performance.now() - started, evaluated: body.evaluated, lose: body.lose };
      };
      const first = await preview();
      const timings: number[] = [first.ms];
      // /healthz on one connection while previews run one after another.
      let previewing = true;
      const during = (async () => {
        while (previewing) timings.push((await preview()).ms);
      })();
      const health = await autocannon({
        url: `${runtime.url}/healthz`,
        connections: 1,
        amount: 200 * runs,
      });
      previewing = false;
      await during;
      timings.sort((a, b) => a - b);
      const median = timings[Math.floor(timings.length / 2)] ?? NaN;
      console.log(
        `${new Date().toISOString()}  load ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}  council ${staff} staff × ${years} years = ${events} events`,
      );
      console.log(
        `preview of a family-worker draft: ${first.evaluated} people judged twice, ${first.lose} would lose; ` +
          `median ${median.toFixed(0)} ms over ${timings.length} previews`,
      );
      console.log(
        `/healthz while previews run: p50 ${health.latency.p50} ms  p99 ${health.latency.p99} ms  max ${health.latency.max} ms (${health['2xx']} ok)`,
      );
    } finally {
      await runtime.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
