import { loadavg } from 'node:os';
// The web tests' real Ladder (services/api/src/main.ts, as `pnpm start` runs it, seeding its demo
// council) and Chromium (Debian's, driven by playwright-core: no browser is downloaded).
import { launchChromium } from '../../../../services/web/test/browser';
import { buildWebApp, startLadderServer } from '../../../../services/web/test/server';

// `pnpm start` with LADDER_DEMO_STAFF people over LADDER_DEMO_YEARS years (its defaults: 3,000
// and 6), in a child process with its own data directory; it listens once the backlog is
// projected. The demo planner signs in, then the dashboard is opened LADDER_BENCH_LOADS times,
// each a fresh navigation. A load is done when all three charts are drawn and no table is still
// loading; the figure is performance.now() then (from navigation start).

const staff = Number(process.env['LADDER_DEMO_STAFF'] ?? 3000);
const years = Number(process.env['LADDER_DEMO_YEARS'] ?? 6);
const loads = Number(process.env['LADDER_BENCH_LOADS'] ?? 7);
const GOAL_MS = 1000;

const percentile = (xs: readonly number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

export const runDashboardBench = async (): Promise<void> => {
  buildWebApp();
  const starting = Date.now();
  const ladder = await startLadderServer(staff, years);
  const startedMs = Date.now() - starting;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      baseURL: ladder.url,
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
      // Locators, not a function evaluated in the page: its CSP refuses eval.
      await page.locator('[data-drawn="true"]').nth(2).waitFor({ timeout: 120_000 });
      const loading = page.locator('[role="status"]');
      while ((await loading.count()) > 0) await loading.first().waitFor({ state: 'detached' });
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) times.push(ms);
    }
    // Where the last load's time went: each API call as the browser timed it.
    const calls = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/workforce/'))
        .map((e) => `${new URL(e.name).pathname} ${e.duration.toFixed(0)} ms`),
    );
    const events = /(\d[\d,]*) events/.exec(ladder.output())?.[1] ?? '?';
    const load = loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
    console.log(`${new Date().toISOString()}, load average ${load} (other work skews the figures)`);
    console.log(
      `council: ${staff} staff over ${years} years, ${events} events; seeded and projected by pnpm start's main in ${(startedMs / 1000).toFixed(0)} s`,
    );
    const p50 = percentile(times, 50);
    console.log(
      `planner dashboard, navigation to every chart drawn (${loads} loads): p50 ${p50.toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms — goal p50 < ${GOAL_MS} ms: ${p50 < GOAL_MS ? 'met' : 'NOT met'}`,
    );
    console.log(`each load (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
    console.log(`the last load's API calls: ${calls.join('; ')}`);
  } finally {
    await browser.close();
    await ladder.stop();
  }
};
