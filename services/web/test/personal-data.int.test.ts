import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../src/api/types';
import { callApi, tokenFor } from './api';
import { checkPage, heading, openPages, signInAs, type PagesUnderTest } from './pages';

// The HR admin's personal-data pages in real Chromium against a real Ladder on a demo council:
// asking for an erasure, the refusal to approve one's own, approving another admin's request,
// the retention schedule's dry run and run, and subject-access downloads.

let pages: PagesUnderTest;
let otherHr = '';
let people: DirectoryEntry[] = [];

beforeAll(async () => {
  pages = await openPages(40);
  otherHr = await tokenFor(pages.ladder.dataDir, { id: 'hr-other', role: 'hr-admin' });
  const { body } = await callApi(pages.ladder.url, otherHr, '/staff?status=active&limit=50');
  people = (body as { staff: DirectoryEntry[] }).staff.filter((p) => p.name !== null);
  if (people.length < 2) throw new Error('the demo council has fewer than two named people');
}, 240_000);

afterAll(() => pages?.close());

const rowsOf = async (page: Page, caption: string): Promise<string[]> =>
  page.getByRole('table', { name: caption }).locator('tbody tr').allInnerTexts();

describe('personal data pages in Chromium', { timeout: 240_000 }, () => {
  it('asks for an erasure, is refused its own approval, approves another admin’s; retention lists then erases the same', async () => {
    const [mine, theirs] = people;
    if (mine === undefined || theirs === undefined) throw new Error('two people');
    const page = await pages.newPage();
    await signInAs(page, 'hr-admin');
    await page.getByRole('link', { name: 'Personal data' }).click();
    await heading(page, 'Personal data').waitFor();

    // Asked on the page by the signed-in HR admin…
    await page.locator('#erasure-staff-id').fill(mine.staffId);
    await page.locator('#erasure-reason').fill('The person asked (UK GDPR Article 17)');
    await page.getByRole('button', { name: 'Ask for erasure' }).click();
    await page.getByText(/Erasure asked for/).waitFor();
    // … and refused when the same person approves, in the rule's words.
    await page.getByRole('button', { name: `Approve erasure of ${mine.staffId}` }).click();
    await page.getByText(/Nobody approves their own request/).waitFor();
    await checkPage(page, 'personal data, own approval refused', 'admin-personal-data');

    // Another HR admin's request is approved here.
    const asked = await callApi(
      pages.ladder.url,
      otherHr,
      `/staff/${theirs.staffId}/erasure-requests`,
      {},
    );
    expect(asked.status).toBe(201);
    await page.reload();
    await page.getByRole('button', { name: `Approve erasure of ${theirs.staffId}` }).click();
    await page.getByText(`${theirs.staffId}'s personal data is erased`).waitFor();
    const exported = await callApi(
      pages.ladder.url,
      otherHr,
      `/staff/${theirs.staffId}/subject-access`,
    );
    const text = JSON.stringify(exported.body);
    expect(text).not.toContain(theirs.name ?? '');
    expect(text).toContain('"erased":true');
    const search = await callApi(
      pages.ladder.url,
      otherHr,
      `/staff?search=${encodeURIComponent(theirs.staffId)}`,
    );
    expect(JSON.stringify(search.body)).not.toContain(theirs.name ?? '');

    // Subject access from the page: a printable page for the person.
    await page.locator('#subject-staff-id').fill(mine.staffId);
    const link = page.getByRole('link', { name: `Download ${mine.staffId}'s data as a page` });
    expect(await link.getAttribute('href')).toBe(
      `/staff/${mine.staffId}/subject-access?format=html`,
    );

    // Retention: the dry run's list is exactly what the run erases.
    await page.getByRole('link', { name: 'retention schedule' }).click();
    await heading(page, 'Retention').waitFor();
    expect(await rowsOf(page, 'The retention schedule')).toHaveLength(2);
    await page.getByRole('button', { name: 'List what is due' }).click();
    const dueCaption = page.getByRole('table', { name: /^Due on/ });
    await dueCaption.waitFor();
    const due = await dueCaption.locator('tbody tr').allInnerTexts();
    expect(due.length).toBeGreaterThan(0);
    await checkPage(page, 'retention dry run', 'admin-retention');
    await page.getByRole('button', { name: 'Erase what is listed' }).click();
    const erasedTable = page.getByRole('table', { name: /^Erased on/ });
    await erasedTable.waitFor();
    expect(await erasedTable.locator('tbody tr').allInnerTexts()).toEqual(due);
    await checkPage(page, 'retention run', null);
  });
});
