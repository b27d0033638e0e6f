import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { startLadder } from '@ladder/api';
import { generateCouncil } from '@ladder/demo';
import { getSqliteEventStore } from '@ladder/event-store';
// The web tests' Chromium (Debian's, driven by playwright-core): no browser is downloaded.
import { launchChromium } from '../../../../services/web/test/browser';

// A demo council (LADDER_DEMO_STAFF people over LADDER_DEMO_YEARS years, as `pnpm start` seeds
// it) appended to a SQLite store, a real Ladder started over it with the demo sign-in and the
// built web app; the demo planner signs in, then the dashboard is opened LOADS times, each a
// fresh navigation. A load is done when all three charts are drawn and no table is still
// loading; the figure is performance.now() then (from navigation start), polled each frame.

const staff = Number(process.env['LADDER_DEMO_STAFF'] ?? 3000);
const years = Number(process.env['LADDER_DEMO_YEARS'] ?? 6);
const loads = Number(process.env['LADDER_BENCH_LOADS'] ?? 7);
const GOAL_MS = 1000;
const web = fileURLToPath(new URL('../../../../services/web', import.meta.url));

const drawn = `document.querySelectorAll('[data-drawn="true"]').length === 3 &&
  document.querySelectorAll('[role="status"]').length === 0`;

const percentile = (xs: readonly number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

export const runDashboardBench = async (): Promise<void> => {
  const build = spawnSync('pnpm', ['exec', 'tsx', 'scripts/build-if-stale.ts'], {
    cwd: web,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('building the web app failed');
  const dir = mkdtempSync(join(tmpdir(), 'ladder-dashboard-bench-'));
  const eventStore = join(dir, 'events.sqlite');
  try {
    const store = getSqliteEventStore({ path: eventStore });
    for (const a of generateCouncil({ seed: 13, staff, years }).appends) {
      const r = await store.append(a.streamName, a.events);
      if (r._tag === 'Left') throw new Error(JSON.stringify(r.left));
    }
    const events = await store.headPosition();
    await store.close();
    const runtime = await startLadder({
      eventStore,
      readModels: join(dir, 'read-models.sqlite'),
      dataDir: dir,
      auth: { kind: 'hs256', secret: 'bench-secret-bench-secret-bench-secret' },
      signIn: {
        demo: true,
        oidc: null,
        session: { idleSeconds: 1800, absoluteSeconds: 8 * 3600 },
        trustProxy: false,
      },
      logger: pino({ level: 'silent' }),
    });
    await runtime.settle();
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({
        baseURL: runtime.url,
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('button', { name: /\(planner\)$/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Workforce dashboard' }).waitFor();
      const times: number[] = [];
      // The first load warms the server's statement cache and the browser's; it is not counted.
      for (let i = 0; i <= loads; i++) {
        await page.goto('/planner');
        // A string, run in the page (this package is compiled without the DOM's types).
        await page.waitForFunction(drawn, undefined, { polling: 'raf', timeout: 120_000 });
        const ms = await page.evaluate(() => performance.now());
        if (i > 0) times.push(ms);
      }
      const load = loadavg()
        .map((x) => x.toFixed(1))
        .join(' ');
      console.log(
        `${new Date().toISOString()}, load average ${load} (other work skews the figures)`,
      );
      console.log(`council: ${staff} staff over ${years} years, ${events.toString()} events`);
      console.log(
        `planner dashboard, navigation to every chart drawn (${loads} loads): p50 ${percentile(times, 50).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms — goal p50 < ${GOAL_MS} ms: ${percentile(times, 50) < GOAL_MS ? 'met' : 'NOT met'}`,
      );
      console.log(`each load (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
    } finally {
      await browser.close();
      await runtime.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
