import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  casesAbout,
  demoPeople,
  openVacancyFor,
  reportsOf,
  requestAs,
  type Report,
} from './council';
import { activate, tabTo } from './keyboard';
import { checkPage, heading, openPages, signInAs, type PagesUnderTest } from './pages';
import type { RunningLadder } from './server';

// The pages in real headless Chromium against a real Ladder (`pnpm start`'s main on a seeded
// demo council of 80 people, whose demo manager has a report eligible today).

let pages: PagesUnderTest;
let ladder: RunningLadder;
let approverId = '';
let reports: Report[] = [];

beforeAll(async () => {
  pages = await openPages(80);
  ladder = pages.ladder;
  const people = await demoPeople(ladder);
  approverId = people.get('approver') ?? '';
  reports = await reportsOf(ladder, people.get('manager') ?? '');
}, 240_000);

afterAll(() => pages?.close());

const newPage = (): Promise<Page> => pages.newPage();

const eligible = (): Report => {
  const found = reports.find((r) => r.verdict.eligible);
  if (found === undefined) throw new Error('the demo manager has no report eligible today');
  return found;
};

/** The reports other than the eligible one (which the journey regrades). */
const others = (): Report[] =>
  reports.filter((r) => r.verdict.toGrade !== null && r.staffId !== eligible().staffId);

const gradeOn = async (page: Page): Promise<string> =>
  (
    await page
      .locator('.govuk-summary-list__row')
      // The record's own "Grade" row, not a verdict line that mentions a grade (hasText is a
      // substring match, and the verdict may be on the page before the record).
      .filter({ has: page.locator('dt', { hasText: /^Grade$/ }) })
      .locator('dd')
      .innerText()
  ).trim();

describe('the web app in Chromium', { timeout: 240_000 }, () => {
  it('the sign-in page offers one button per demo person', async () => {
    const page = await newPage();
    await page.goto('/');
    await heading(page, 'Sign in to Ladder').waitFor();
    for (const role of ['manager', 'approver', 'planner', 'auditor', 'hr-admin'])
      await page.getByRole('button', { name: new RegExp(`\\(${role}\\)$`) }).waitFor();
    await checkPage(page, 'sign-in');
  });

  it('by keyboard alone: a manager requests a regrade, an approver approves and completes it (a date that does not exist shown at its field and kept), the manager sees the new grade', async () => {
    const report = eligible();
    const manager = await newPage();
    await signInAs(manager, 'manager');
    await heading(manager, 'My team').waitFor();
    // People by name, as they joined; the staff id beside it.
    await manager.getByRole('link', { name: report.label, exact: true }).waitFor();
    expect(report.label).not.toBe(report.staffId);
    await checkPage(manager, 'team');

    await activate(
      manager,
      new RegExp(`^A ${report.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
    await heading(manager, `Staff member ${report.staffId}`).waitFor();
    await manager.getByRole('heading', { name: 'Essential criteria' }).waitFor();
    // The person's recorded history, open to their manager: joining first, who recorded it.
    const history = manager.getByRole('table', { name: 'Recorded history' });
    await history.getByRole('cell', { name: 'staff joined' }).first().waitFor();
    await checkPage(manager, 'person');

    await activate(manager, /^A Request a regrade to/);
    await heading(manager, `Request a regrade for ${report.staffId}`).waitFor();
    await manager.getByRole('heading', { name: 'Verdict if you request it now' }).waitFor();
    const vacancy = manager.getByLabel('Vacancy');
    if (report.vacancyId !== null) {
      await vacancy.locator('option').nth(1).waitFor({ state: 'attached' });
      await tabTo(manager, /^SELECT /);
      await manager.keyboard.press('ArrowDown');
      expect(await vacancy.inputValue()).not.toBe('');
    }
    await checkPage(manager, 'request-regrade');
    await activate(manager, /^BUTTON Request regrade$/);
    await manager.getByRole('heading', { name: 'Regrade requested' }).waitFor();
    await manager.getByRole('heading', { name: 'Verdict as recorded on the case' }).waitFor();
    const caseId = (await manager.locator('.govuk-panel__body strong').innerText()).trim();
    await checkPage(manager, 'regrade-requested');
    await activate(manager, /^A My cases$/);
    await manager.getByRole('link', { name: caseId }).waitFor();
    await checkPage(manager, 'my-cases');

    const approver = await newPage();
    await signInAs(approver, 'approver');
    await heading(approver, 'Approvals').waitFor();
    await approver.getByRole('link', { name: caseId }).waitFor();
    await checkPage(approver, 'approvals');
    await activate(approver, new RegExp(`^A ${caseId}$`));
    await heading(approver, `Regrade case ${caseId}`).waitFor();
    // The case's own record: who requested it and when, then each step as it is recorded.
    const steps = approver.getByRole('table', { name: 'Case history' });
    await steps.getByRole('cell', { name: 'regrade requested' }).waitFor();
    await checkPage(approver, 'case');
    await activate(approver, /^BUTTON Approve regrade$/);
    await approver.getByText('Approve: recorded').waitFor();
    await steps.getByRole('cell', { name: 'regrade approved' }).waitFor();

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

    await tabTo(approver, /Month/);
    await approver.keyboard.press('Control+A');
    await approver.keyboard.type(String(new Date().getUTCMonth() + 1));
    await activate(approver, /^BUTTON Complete regrade$/);
    await approver.getByText('Complete: recorded').waitFor();
    await checkPage(approver, 'case-completed');

    // The regrade process changes the grade after completion; the manager's page shows it.
    await manager.goto(`/people/${report.staffId}`);
    await manager.getByRole('heading', { name: 'Essential criteria' }).waitFor();
    for (let i = 0; i < 20 && (await gradeOn(manager)) === report.verdict.fromGrade; i++) {
      await manager.reload();
      await manager.getByRole('heading', { name: 'Essential criteria' }).waitFor();
    }
    expect(await gradeOn(manager)).toBe(report.verdict.toGrade);
    await history.getByRole('cell', { name: 'grade changed' }).first().waitFor();
    await checkPage(manager, 'person-regraded');
  });

  it('a self-approval is refused on the page, in words', async () => {
    // The approver also holds an HR token and requested this case with it: the same person.
    const report = others()[0] ?? eligible();
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

  it('a double click on "Request regrade" writes one case', async () => {
    const report = others()[1] ?? others()[0] ?? eligible();
    if (report.vacancyId !== null) await openVacancyFor(ladder, report, 'web-vacancy-twice');
    const before = await casesAbout(ladder, report.staffId);
    const manager = await newPage();
    await signInAs(manager, 'manager');
    await manager.goto(`/people/${report.staffId}/regrade`);
    await manager.getByRole('heading', { name: 'Verdict if you request it now' }).waitFor();
    if (report.vacancyId !== null)
      await manager.getByLabel('Vacancy').selectOption('web-vacancy-twice');
    await manager.getByRole('button', { name: 'Request regrade' }).dblclick();
    await manager.getByRole('heading', { name: 'Regrade requested' }).waitFor();
    expect(await casesAbout(ladder, report.staffId)).toBe(before + 1);
  });

  it("a planner cannot open a manager's pages", async () => {
    const planner = await newPage();
    await signInAs(planner, 'planner');
    // A planner lands on the workforce dashboard (planner.int.test.ts); the welcome page stays.
    await heading(planner, 'Workforce dashboard').waitFor();
    await planner.goto('/welcome');
    await heading(planner, /^Welcome/).waitFor();
    await checkPage(planner, 'welcome');
    for (const path of ['/team', `/people/${eligible().staffId}`, '/my-cases', '/cases/web-own']) {
      await planner.goto(path);
      await heading(planner, 'You cannot open this page').waitFor();
    }
    await checkPage(planner, 'forbidden');
  });
});
