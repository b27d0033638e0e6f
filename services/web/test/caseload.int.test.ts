import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, heading, openPages, signInAs, type PagesUnderTest } from './pages';

// The manager's caseload journey in real Chromium (issue 15): the team page shows each
// report's caseload and what waits for allocation; a case's page gives the API's rule for
// each person in the line; a refused choice shows the rule by name, an allowed one allocates.

let pages: PagesUnderTest;

beforeAll(async () => {
  pages = await openPages(80);
}, 240_000);

afterAll(() => pages?.close());

describe('caseload allocation in Chromium', { timeout: 240_000 }, () => {
  it('a manager sees their team’s caseloads and allocates a case by the rule', async () => {
    const page = await pages.newPage();
    await signInAs(page, 'manager');
    await heading(page, 'My team').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Caseloads' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Cases to allocate' }).waitFor();
    await page.locator('caption', { hasText: 'Caseloads in your line' }).waitFor();
    await checkPage(page, 'team-caseload');

    // The cases waiting, as the table shows them: a refused choice first, then an allowed one.
    const waiting = await page
      .locator('table', { has: page.locator('caption', { hasText: 'Open cases nobody holds' }) })
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => Array.from(r.children, (c) => c.textContent?.trim() ?? '')),
      );
    const open = async (caseReference: string) => {
      const link = page.getByRole('link', { name: `Allocate case ${caseReference}` });
      await link.focus();
      await page.keyboard.press('Enter');
      await heading(page, `Case ${caseReference}`).waitFor();
      await page
        .getByRole('heading', { level: 2, name: 'The rule for each person in your line' })
        .waitFor();
    };
    const harder = waiting.find(
      ([, complexity, liberty]) => complexity !== '1' || liberty !== 'No',
    );
    if (harder?.[0] !== undefined) {
      await open(harder[0]);
      const options = await page.locator('.govuk-radios__label').allInnerTexts();
      const refused = options.find((o) => o.endsWith('may not hold it'));
      if (refused !== undefined) {
        await page.getByLabel(refused, { exact: true }).check();
        await page.getByRole('button', { name: 'Allocate case' }).click();
        // The refusal names the rule and the framework version it comes from; nothing written.
        const summary = page.locator('.govuk-error-summary');
        await summary.waitFor();
        expect(await summary.innerText()).toMatch(/v\d+: /);
        await checkPage(page, 'allocate-case-refused', null);
      }
      await page.goto('/team');
      await page.getByRole('heading', { level: 3, name: 'Cases to allocate' }).waitFor();
    }

    // The demo council keeps one straightforward case waiting in each team: anyone may hold it.
    const easy = waiting.find(([, complexity, liberty]) => complexity === '1' && liberty === 'No');
    expect(easy, JSON.stringify(waiting)).toBeDefined();
    await open(easy?.[0] ?? '');
    const rules = await page.locator('main li').allInnerTexts();
    expect(rules.some((r) => /^(Met|Not met): .* v\d+/.test(r))).toBe(true);
    await checkPage(page, 'allocate-case');
    const options = await page.locator('.govuk-radios__label').allInnerTexts();
    const allowed = options.find((o) => o.endsWith(': may hold it'));
    expect(allowed, options.join(' | ')).toBeDefined();
    await page.getByLabel(allowed ?? '', { exact: true }).check();
    await page.getByRole('button', { name: 'Allocate case' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case allocated' }).waitFor();
    await checkPage(page, 'case-allocated', null);
  });

  it('a planner sees caseloads by team with small numbers withheld', async () => {
    const page = await pages.newPage();
    await signInAs(page, 'planner');
    await heading(page, 'Workforce dashboard').waitFor();
    const section = page.locator('section[data-table="caseload"]');
    await section.locator('caption', { hasText: 'the DfE census measure' }).waitFor();
    expect(await section.locator('tbody tr').count()).toBeGreaterThan(0);
    await checkPage(page, 'planner-caseload', null);
  });
});
