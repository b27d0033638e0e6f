import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CensusPreview } from '../src/api/census-types';
import { activate } from './keyboard';
import { checkPage, heading, openPages, signInAs, type PagesUnderTest } from './pages';

// The census preview in real Chromium against a real Ladder on a demo council: the figures in
// its table are the API's answer to the same session; planners see no names and no file; HR
// takes the XML the API has validated.

let pages: PagesUnderTest;

beforeAll(async () => {
  pages = await openPages(60);
}, 240_000);

afterAll(() => pages?.close());

const preview = async (page: Page): Promise<CensusPreview> => {
  const res = await page.request.get('/census/csww/preview');
  expect(res.status()).toBe(200);
  return (await res.json()) as CensusPreview;
};

/** The table's row for a figure: [figure, this year, last year, England]. */
const row = async (page: Page, figure: string): Promise<string[]> =>
  page
    .getByRole('row', { name: new RegExp(`^${figure.replace(/[()]/g, '\\$&')}`) })
    .locator('th, td')
    .allInnerTexts();

const figure = (n: number | null, unit = ''): string =>
  n === null ? 'not known' : `${n.toLocaleString('en-GB')}${unit}`;

describe('the census preview', () => {
  it('shows a planner the DfE’s figures as the API computes them, beside last year and England', async () => {
    const page = await pages.newPage();
    await signInAs(page, 'planner');
    await activate(page, /^A Census$/);
    await heading(page, 'Workforce census').waitFor();
    await page.getByRole('table').first().waitFor();
    const p = await preview(page);
    expect(await row(page, 'Social workers in post (FTE)')).toEqual([
      'Social workers in post (FTE)',
      figure(p.indicators.inPostFte),
      figure(p.lastYear.inPostFte),
      figure(p.national?.inPostFte ?? null),
    ]);
    expect(await row(page, 'Vacancy rate (FTE)')).toEqual([
      'Vacancy rate (FTE)',
      figure(p.indicators.vacancyRateFte, '%'),
      figure(p.lastYear.vacancyRateFte, '%'),
      figure(p.national?.vacancyRateFte ?? null, '%'),
    ]);
    expect(await row(page, 'Turnover rate (FTE)')).toEqual([
      'Turnover rate (FTE)',
      figure(p.indicators.turnoverRateFte, '%'),
      figure(p.lastYear.turnoverRateFte, '%'),
      figure(p.national?.turnoverRateFte ?? null, '%'),
    ]);
    expect(p.indicators.inPostHeadcount).toBeGreaterThan(0);
    expect(p.missing).toBeNull();
    expect(await page.getByRole('link', { name: /Download the \d{4} return/ }).count()).toBe(0);
    await checkPage(page, 'census-preview-planner', null);
  });

  it('gives HR the validated XML to download', async () => {
    const page = await pages.newPage({ acceptDownloads: true });
    await signInAs(page, 'hr-admin');
    await page.goto('/census');
    await heading(page, 'Workforce census').waitFor();
    const link = page.getByRole('link', { name: /Download the \d{4} return \(XML\)/ });
    await link.waitFor();
    await checkPage(page, 'census-preview');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^csww-\d{4}-303\.xml$/);
    const xml = readFileSync((await download.path()) ?? '', 'utf8');
    expect(xml).toContain('<Collection>CSWW</Collection>');
    expect(xml).toContain('<LEA>303</LEA>');
  });

  it('lets HR record an absence for the census through its form', async () => {
    const page = await pages.newPage();
    await signInAs(page, 'hr-admin');
    const found = await page.request.get('/staff?status=active&limit=100');
    const { staff } = (await found.json()) as {
      staff: { staffId: string; jobFamily: string }[];
    };
    const worker = staff.find((p) => p.jobFamily === 'social-worker');
    if (worker === undefined) throw new Error('the demo council has no social worker in post');
    await page.goto(`/admin/people/${worker.staffId}/facts/absences`);
    await heading(page, `Absence — ${worker.staffId}`).waitFor();
    await page.getByLabel('Sickness').check();
    for (const [id, d] of [
      ['startedOn', '2026-11-02'],
      ['endedOn', '2026-11-04'],
    ] as const) {
      const [y = '', m = '', dd = ''] = d.split('-');
      await page.locator(`#${id}-day`).fill(dd);
      await page.locator(`#${id}-month`).fill(m);
      await page.locator(`#${id}-year`).fill(y);
    }
    await page.getByLabel('Working days lost').fill('3');
    await checkPage(page, 'census-absence-form', null);
    await page.getByRole('button', { name: 'Record absence' }).click();
    await heading(page, `Record of ${worker.staffId}`).waitFor();
    const history = await page.request.get(`/staff/${worker.staffId}/history`);
    const { events } = (await history.json()) as { events: { type: string; data: unknown }[] };
    expect(events.filter((e) => e.type === 'AbsenceRecorded').map((e) => e.data)).toContainEqual({
      reason: 'sickness',
      startedOn: '2026-11-02',
      endedOn: '2026-11-04',
      workingDaysLost: 3,
    });
  });
});
