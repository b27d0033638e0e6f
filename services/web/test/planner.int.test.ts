import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountTable, DueByMonth, HeadcountSeries, Pipeline, Shown } from '../src/api/types';
import { screenshot, seriousViolations } from './browser';
import { activate, tabTo } from './keyboard';
import { openPages, type PagesUnderTest } from './pages';

// The planner's dashboard in real headless Chromium against a real Ladder (a seeded demo
// council of 80 people): every figure in its tables is the API's answer to the same question,
// asked with the planner's own session; withheld counts read "withheld" where the API says null.

let pages: PagesUnderTest;

beforeAll(async () => {
  pages = await openPages(80);
}, 240_000);

afterAll(() => pages?.close());

const newPage = (): Promise<Page> => pages.newPage({ acceptDownloads: true });

/** Signs in as the demo planner with the keyboard; the dashboard is the planner's landing page. */
const signInAsPlanner = async (page: Page): Promise<void> => {
  await page.goto('/');
  await page.getByRole('button', { name: /\(planner\)$/ }).waitFor();
  await activate(page, /^BUTTON Sign in as .*\(planner\)$/);
  await page.getByRole('heading', { level: 1, name: 'Workforce dashboard' }).waitFor();
};

/** Every chart drawn and every table loaded. */
const dashboardReady = async (page: Page): Promise<void> => {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-drawn="true"]').length === 3 &&
      document.querySelectorAll('[role="status"]').length === 0,
    undefined,
    { timeout: 60_000 },
  );
};

/** What the API answers the planner's own session (the page's cookie). */
const api = async <T>(page: Page, path: string): Promise<T> => {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
};

/** A figure as the page shows it, read back: a number, or null where it says "withheld". */
const figure = (text: string): Shown => {
  const t = text.trim();
  if (t === 'withheld') return null;
  const n = Number(t.replace(/,/g, ''));
  if (Number.isNaN(n)) throw new Error(`"${t}" is not a figure`);
  return n;
};

const fte = (n: Shown | undefined): Shown =>
  n === null || n === undefined ? null : Math.round(n * 100) / 100;

/** The body rows of the table with this caption, as cell texts (the row header first). */
const tableRows = async (page: Page, caption: string | RegExp): Promise<string[][]> => {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  expect(await table.count(), String(caption)).toBe(1);
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => Array.from(r.children, (c) => (c as HTMLElement).innerText.trim())),
    );
};

const today = new Date().toISOString().slice(0, 10);

describe("the planner's dashboard", () => {
  let page: Page;

  beforeAll(async () => {
    page = await newPage();
    await signInAsPlanner(page);
    await dashboardReady(page);
  }, 120_000);

  it('shows headcount and FTE by family, grade, team and zone exactly as the API answers', async () => {
    for (const [key, words] of [
      ['jobFamily', 'job family'],
      ['grade', 'grade'],
      ['team', 'team'],
      ['zone', 'zone'],
    ] as const) {
      const answer = await api<CountTable>(
        page,
        `/workforce/headcount?asOf=${today}&groupBy=${key}`,
      );
      const rows = await tableRows(page, `Headcount and FTE by ${words} on ${today}`);
      expect(rows.length).toBeGreaterThan(1);
      expect(
        rows.map(([group, count, f]) => [
          group,
          figure(count ?? ''),
          f === '' ? 'total' : figure(f ?? ''),
        ]),
      ).toEqual([
        ...answer.rows.map((r) => [r.group[key], r.count, fte(r.fte)]),
        ['Total', answer.total, 'total'],
      ]);
    }
  });

  it('draws headcount by grade month by month, its table the API’s series', async () => {
    const series = await api<HeadcountSeries>(
      page,
      '/workforce/headcount/series?groupBy=jobFamily,grade',
    );
    const rows = await tableRows(page, /^Headcount and FTE by grade on the first of each month/);
    expect(rows.map((r) => r[0])).toEqual(series.months.map((m) => m.month).reverse());
    const header = await page
      .locator('table', { has: page.locator('caption', { hasText: 'first of each month' }) })
      .locator('thead th')
      .allInnerTexts();
    for (const month of series.months) {
      const row = rows.find((r) => r[0] === month.month) ?? [];
      expect(figure(row[row.length - 1] ?? ''), month.month).toBe(month.total);
      for (const r of month.rows) {
        const key = `${r.group['jobFamily']} ${r.group['grade']}`;
        expect(figure(row[header.indexOf(`${key} headcount`)] ?? ''), `${month.month} ${key}`).toBe(
          r.count,
        );
        expect(figure(row[header.indexOf(`${key} FTE`)] ?? ''), `${month.month} ${key} FTE`).toBe(
          fte(r.fte),
        );
      }
    }
    const chart = page.getByRole('figure', { name: 'Headcount by grade, month by month' });
    expect(await chart.locator('svg path').count()).toBeGreaterThan(0);
  });

  it('shows open vacancies, the pipeline and the criteria holding people back as the API answers', async () => {
    const vacancies = await api<CountTable>(
      page,
      `/workforce/vacancies?asOf=${today}&groupBy=jobFamily,grade,team`,
    );
    if (vacancies.rows.length > 0)
      expect(
        (await tableRows(page, /^Open vacancies by job family/)).map((r) => [
          r[0],
          r[1],
          r[2],
          figure(r[3] ?? ''),
        ]),
      ).toEqual(
        vacancies.rows.map((r) => [
          r.group['jobFamily'],
          r.group['grade'],
          r.group['team'],
          r.count,
        ]),
      );
    const pipeline = await api<Pipeline>(page, `/workforce/pipeline?asOf=${today}`);
    const step = (g: Readonly<Record<string, string>>) =>
      `${g['jobFamily']} ${g['fromGrade']} to ${g['toGrade']}`;
    expect(
      (await tableRows(page, `Who could progress on ${today}, by step`)).map((r) => [
        r[0],
        ...r.slice(1).map(figure),
      ]),
    ).toEqual(
      pipeline.pipeline.map((r) => [
        step(r.group),
        r.count,
        r.eligible,
        r.oneEssentialAway,
        r.further,
      ]),
    );
    const criteria = (await tableRows(page, 'Unmet essential criteria, by step')).map((r) => [
      r[0],
      r[1],
      figure(r[2] ?? ''),
    ]);
    const expected = pipeline.pipeline.flatMap((r) =>
      r.unmetEssentials.map((u) => [u.criterion, step(r.group), u.count]),
    );
    expect(criteria).toHaveLength(expected.length);
    expect(criteria).toEqual(expect.arrayContaining(expected));
  });

  it('shows what falls due month by month as the API answers', async () => {
    const due = await api<DueByMonth>(page, `/workforce/expiring/months?asOf=${today}&months=12`);
    const rows = await tableRows(page, `Falling due by month, as known on ${today}`);
    const kinds = ['registration', 'dbs', 'training'];
    const line = (rs: DueByMonth['overdue']) =>
      kinds.map((k) => rs.find((r) => r.group['kind'] === k)?.count);
    const months = [...new Set(due.byMonth.map((r) => r.group['month']))];
    expect(rows.map((r) => [r[0], ...r.slice(1).map(figure)])).toEqual([
      [`Overdue on ${today}`, ...line(due.overdue)],
      ...months.map((m) => [m, ...line(due.byMonth.filter((r) => r.group['month'] === m))]),
    ]);
  });

  it('gives each chart a name and a description for screen readers, and has no serious axe violation', async () => {
    const figures = page.getByRole('figure');
    expect(await figures.count()).toBe(3);
    for (const f of await figures.all()) {
      expect(await f.getAttribute('aria-describedby')).toBeTruthy();
      expect(await f.locator('svg').getAttribute('aria-hidden')).toBe('true');
    }
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'planner-dashboard');
  });

  it('downloads a table as the API’s CSV export, and a chart’s table as CSV built from the same answer', async () => {
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download headcount by grade as CSV' }).click(),
    ]);
    expect(exported.suggestedFilename()).toBe(`headcount-${today}.csv`);
    const exportedText = readFileSync((await exported.path()) ?? '', 'utf8');
    const answer = await api<CountTable>(page, `/workforce/headcount?asOf=${today}&groupBy=grade`);
    const lines = exportedText
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('grade,count,fte,suppressed');
    expect(lines.slice(1, -1)).toEqual(
      answer.rows.map((r) =>
        [r.group['grade'], r.count ?? '', r.fte ?? '', r.suppressed === true ? 'yes' : 'no'].join(
          ',',
        ),
      ),
    );

    const [built] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('link', { name: 'Download headcount by grade, month by month as CSV' })
        .click(),
    ]);
    const series = await api<HeadcountSeries>(
      page,
      '/workforce/headcount/series?groupBy=jobFamily,grade',
    );
    expect(built.suggestedFilename()).toBe(`headcount-by-grade-${series.from}-to-${series.to}.csv`);
    const builtLines = readFileSync((await built.path()) ?? '', 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(builtLines[0]).toBe('month,jobFamily,grade,headcount,fte,suppressed');
    expect(builtLines.slice(1)).toEqual(
      series.months.flatMap((m) =>
        m.rows.map((r) =>
          [
            m.month,
            r.group['jobFamily'],
            r.group['grade'],
            r.count ?? '',
            r.fte ?? '',
            r.suppressed === true ? 'yes' : 'no',
          ].join(','),
        ),
      ),
    );
  });

  it('by keyboard: the figures for another date, kept in the address', async () => {
    const earlier = `${Number(today.slice(0, 4)) - 1}-03-31`;
    await page.locator('h1').focus();
    await tabTo(page, /^INPUT Day/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('31');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(earlier.slice(0, 4));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/planner?asOf=${earlier}`);
    await page.getByRole('heading', { name: `Headcount and FTE on ${earlier}` }).waitFor();
    await dashboardReady(page);
    const answer = await api<CountTable>(
      page,
      `/workforce/headcount?asOf=${earlier}&groupBy=grade`,
    );
    const rows = await tableRows(page, `Headcount and FTE by grade on ${earlier}`);
    expect(figure(rows[rows.length - 1]?.[1] ?? '')).toBe(answer.total);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'planner-dashboard-earlier');
  });

  it('is not for a manager', async () => {
    const manager = await newPage();
    await manager.goto('/');
    await manager.getByRole('button', { name: /\(manager\)$/ }).click();
    await manager.getByRole('button', { name: 'Sign out' }).waitFor();
    await manager.goto('/planner');
    await manager.getByRole('heading', { level: 1, name: 'You cannot open this page' }).waitFor();
  });
});
