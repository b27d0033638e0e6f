import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, tokenFor } from './api';
import { screenshot, seriousViolations } from './browser';
import { activate } from './keyboard';
import { openPages, type PagesUnderTest } from './pages';
import type { RunningLadder } from './server';

// The HR admin's import page in real headless Chromium against a real Ladder: a staff file with
// a few bad rows is checked (the report names exactly those), imported (the rest written, seen
// through the API), and imported again (nothing to write).

let pages: PagesUnderTest;
let ladder: RunningLadder;
let dir: string;

beforeAll(async () => {
  pages = await openPages(10);
  ladder = pages.ladder;
  dir = mkdtempSync(join(tmpdir(), 'ladder-web-import-'));
}, 240_000);

afterAll(async () => {
  await pages?.close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = [
  'staff_id,job_family,grade,team,zone,weekly_hours,start_date,name',
  'imp-1,family-worker,L1,Import Team,Zone A,37,01/04/2020,Ada Import',
  'imp-2,family-worker,L1/L2,Import Team,Zone A,37,01/04/2020,Bo Import',
  'imp-3,family-worker,L1,Import Team,Zone A,37,01/04/2020,Cy Import',
  'imp-4,family-worker,L1,Import Team,,37,31/02/2020,Di Import',
  'imp-5,family-worker,L2,Import Team,Zone A,22.5,01/09/2021,Ed Import',
];

const summary = (page: Page) => page.locator('#import-summary');

const problemRows = (page: Page) =>
  page
    .locator('table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('th, td'), (c) => (c.textContent ?? '').trim()),
      ),
    );

describe('the import page', () => {
  it('checks a file, imports the good rows, and a second import writes nothing', async () => {
    const file = join(dir, 'staff.csv');
    writeFileSync(file, `${rows.join('\r\n')}\r\n`);
    const page = await pages.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: /\(hr-admin\)$/ }).waitFor();
    await activate(page, /^BUTTON Sign in as .*\(hr-admin\)$/);
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import HR records' }).waitFor();

    // Nothing chosen: the error summary names the date style and the file.
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect
      .poll(() => page.locator('.govuk-error-summary__list li').allTextContents())
      .toEqual(['Say how the file writes its dates', 'Choose the CSV file to import']);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('What the file holds').selectOption('staff');
    await page.getByLabel(/^UK style/).check();
    await page.getByLabel('The CSV file').setInputFiles(file);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect
      .poll(() => summary(page).textContent())
      .toBe('5 rows checked, 2 with problems. Nothing was written.');
    expect(await problemRows(page)).toEqual([
      ['3', 'grade', '"L1/L2" is not a valid Grade'],
      ['5', 'zone', 'is required'],
      ['5', 'start_date', '"31/02/2020" is not a valid IsoDate'],
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-import');
    const hr = await tokenFor(ladder.dataDir, { id: 'hr-test', role: 'hr-admin' });
    const team = async () =>
      ((await callApi(ladder.url, hr, '/staff?search=imp-')).body as { staff: unknown[] }).staff
        .length;
    expect(await team()).toBe(0);

    await page.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => summary(page).textContent())
      .toBe('5 rows read, 2 with problems. 3 records written.');
    expect(await problemRows(page)).toHaveLength(3);
    const written = await callApi(ladder.url, hr, '/staff/imp-5');
    expect(written.body).toMatchObject({ status: 'active', staffId: 'imp-5', grade: 'L2' });
    await expect.poll(team).toBe(3);

    await page.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => summary(page).textContent())
      .toBe('5 rows read, 2 with problems. Nothing to write: every good row is already in Ladder.');
  }, 240_000);
});
