import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, seriousViolations } from './browser';
import { approveAs, demoPeople, reportsOf, requestAs, revisionOf, type Report } from './council';
import { activate, tabTo } from './keyboard';
import { buildWebApp, startLadderServer, type RunningLadder } from './server';

// The pages in real headless Chromium against a real Ladder (`pnpm start`'s main on a seeded
// demo council of 80 people, whose demo manager has a report eligible today).

let ladder: RunningLadder;
let browser: Browser;
let approverId = '';
let reports: Report[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  buildWebApp();
  [ladder, browser] = await Promise.all([startLadderServer(80), launchChromium()]);
  const people = await demoPeople(ladder);
  approverId = people.get('approver') ?? '';
  reports = await reportsOf(ladder, people.get('manager') ?? '');
}, 240_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await ladder?.stop();
});

const newPage = async (): Promise<Page> => {
  const context = await browser.newContext({
    baseURL: ladder.url,
    viewport: { width: 1280, height: 900 },
  });
  contexts.push(context);
  return context.newPage();
};

/** No serious or critical axe-core violation on the page as it stands; a screenshot for the docs. */
const checkPage = async (page: Page, name: string): Promise<void> => {
  expect(await seriousViolations(page), name).toEqual([]);
  await screenshot(page, name);
};

const heading = (page: Page, text: string | RegExp) =>
  page.getByRole('heading', { level: 1, name: text });

/** Signs in from the sign-in page as the demo person of `role`, with the keyboard. */
const signInAs = async (page: Page, role: string): Promise<void> => {
  await page.goto('/');
  await page.getByRole('button', { name: new RegExp(`\\(${role}\\)$`) }).waitFor();
  await activate(page, new RegExp(`^BUTTON Sign in as .*\\(${role}\\)$`));
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
};

const eligible = (): Report => {
  const found = reports.find((r) => r.verdict.eligible);
  if (found === undefined) throw new Error('the demo manager has no report eligible today');
  return found;
};

const gradeOn = async (page: Page): Promise<string> =>
  (
    await page
      .locator('.govuk-summary-list__row', { hasText: 'Grade' })
      .first()
      .locator('dd')
      .innerText()
  ).trim();

describe('the web app in Chromium', { timeout: 120_000 }, () => {
  it('the sign-in page offers one button per demo person', async () => {
    const page = await newPage();
    await page.goto('/');
    await heading(page, 'Sign in to Ladder').waitFor();
    for (const role of ['manager', 'approver', 'planner', 'auditor', 'hr-admin'])
      await page.getByRole('button', { name: new RegExp(`\\(${role}\\)$`) }).waitFor();
    await checkPage(page, 'sign-in');
  });

  it('an approver completes a case by keyboard: a date that does not exist is shown at its field, kept, then fixed; the manager sees the new grade', async () => {
    const report = eligible();
    await requestAs(ladder, 'hr-demo', report, 'web-complete');
    await approveAs(ladder, approverId, 'web-complete');
    const approver = await newPage();
    await signInAs(approver, 'approver');
    await heading(approver, 'Approvals').waitFor();
    await approver.getByRole('link', { name: 'web-complete' }).waitFor();
    await checkPage(approver, 'approvals');
    await activate(approver, /^A web-complete$/);
    await heading(approver, 'Regrade case web-complete').waitFor();
    await checkPage(approver, 'case');

    await tabTo(approver, /Month/);
    await approver.keyboard.press('Control+A');
    await approver.keyboard.type('13');
    await activate(approver, /^BUTTON Complete regrade$/);
    const error = approver.locator('#completion-date-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Date the new grade starts must be a real date');
    await approver
      .locator('.govuk-error-summary')
      .getByRole('link', { name: /Date the new grade starts/ })
      .waitFor();
    expect(await approver.locator('#completion-date-month').inputValue()).toBe('13');
    await checkPage(approver, 'case-field-error');

    await approver.locator('#completion-date-month').focus();
    await approver.keyboard.press('Control+A');
    await approver.keyboard.type(String(new Date().getUTCMonth() + 1));
    await activate(approver, /^BUTTON Complete regrade$/);
    await approver.getByText('Complete: recorded').waitFor();
    await checkPage(approver, 'case-completed');

    // The regrade process changes the grade after completion; the manager's page shows it.
    const manager = await newPage();
    await signInAs(manager, 'manager');
    await manager.goto(`/people/${report.staffId}`);
    await manager.getByRole('heading', { name: 'Essential criteria' }).waitFor();
    for (let i = 0; i < 20 && (await gradeOn(manager)) === report.verdict.fromGrade; i++) {
      await manager.reload();
      await manager.getByRole('heading', { name: 'Essential criteria' }).waitFor();
    }
    expect(await gradeOn(manager)).toBe(report.verdict.toGrade);
    await checkPage(manager, 'person');
  });

  it('a self-approval is refused on the page, in words', async () => {
    // The approver also holds an HR token and requested this case with it: the same person.
    const report =
      reports.find((r) => r.verdict.toGrade !== null && r.staffId !== eligible().staffId) ??
      eligible();
    await requestAs(ladder, approverId, report, 'web-own');
    const approver = await newPage();
    await signInAs(approver, 'approver');
    await approver.goto('/cases/web-own');
    await approver.getByRole('button', { name: 'Approve regrade' }).click();
    const summary = approver.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Nobody approves their own request');
    expect(await approver.evaluate(() => document.activeElement?.className ?? '')).toContain(
      'govuk-error-summary',
    );
    await checkPage(approver, 'self-approval-refused');
  });

  it('a double click on "Re-assess eligibility" writes one assessment', async () => {
    const report =
      reports.find((r) => r.verdict.toGrade !== null && r.staffId !== eligible().staffId) ??
      eligible();
    await requestAs(ladder, 'hr-demo', report, 'web-twice');
    const before = BigInt(JSON.parse(await revisionOf(ladder, 'web-twice')) as string);
    const manager = await newPage();
    await signInAs(manager, 'manager');
    await manager.goto('/cases/web-twice');
    await manager.getByRole('button', { name: 'Re-assess eligibility' }).dblclick();
    await manager.getByText('Re-assess: recorded').waitFor();
    await checkPage(manager, 'case-manager');
    const after = BigInt(JSON.parse(await revisionOf(ladder, 'web-twice')) as string);
    expect(after - before).toBe(1n);
  });

  it("a planner cannot open a manager's pages", async () => {
    const planner = await newPage();
    await signInAs(planner, 'planner');
    await heading(planner, /^Welcome/).waitFor();
    await checkPage(planner, 'welcome');
    for (const path of ['/team', `/people/${eligible().staffId}`, '/my-cases', '/cases/web-own']) {
      await planner.goto(path);
      await heading(planner, 'You cannot open this page').waitFor();
    }
    await checkPage(planner, 'forbidden');
  });
});
