import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryEntry, StaffFactEvent } from '../src/api/types';
import { callApi, tokenFor } from './api';
import { activate } from './keyboard';
import { checkPage, heading, openPages, signInAs, type PagesUnderTest } from './pages';
import type { RunningLadder } from './server';

// The HR admin's pages in real headless Chromium against a real Ladder (`pnpm start`'s main on
// a seeded demo council of 80 people). What the pages write is checked through the API.

let pages: PagesUnderTest;
let ladder: RunningLadder;
let hr = '';
let person: DirectoryEntry;
const today = new Date().toISOString().slice(0, 10);
const [year = '', month = '', day = ''] = today.split('-');

beforeAll(async () => {
  pages = await openPages(80);
  ladder = pages.ladder;
  hr = await tokenFor(ladder.dataDir, { id: 'hr-test', role: 'hr-admin' });
  const { body } = await callApi(ladder.url, hr, '/staff?status=active&limit=50');
  const named = (body as { staff: DirectoryEntry[] }).staff.find((p) => p.name !== null);
  if (named === undefined) throw new Error('the demo council has nobody with a name');
  person = named;
}, 240_000);

afterAll(() => pages?.close());

const newPage = (): Promise<Page> => pages.newPage();

const signInAsHr = (page: Page): Promise<void> => signInAs(page, 'hr-admin');

const history = async (staffId: string): Promise<StaffFactEvent[]> =>
  (
    (await callApi(ladder.url, hr, `/staff/${staffId}/history`)).body as {
      events: StaffFactEvent[];
    }
  ).events;

/** Types today's date into the date input `id`. */
const fillDate = async (page: Page, id: string, parts = { day, month, year }): Promise<void> => {
  await page.locator(`#${id}-day`).fill(parts.day);
  await page.locator(`#${id}-month`).fill(parts.month);
  await page.locator(`#${id}-year`).fill(parts.year);
};

/** From the person's record: "Record a fact", then the kind. */
const openFactForm = async (page: Page, kind: string): Promise<void> => {
  await page.getByRole('button', { name: 'Record a fact' }).click();
  await heading(page, `Record a fact about ${person.staffId}`).waitFor();
  await page.getByRole('link', { name: kind, exact: true }).click();
  await heading(page, `${kind} — ${person.staffId}`).waitFor();
};

const recordedTable = (page: Page) => page.getByRole('table', { name: 'Recorded history' });

describe("the HR admin's pages in Chromium", { timeout: 240_000 }, () => {
  it('an HR admin finds a person, records facts through the forms (a bad date shown at its field, nothing written), double-clicks once, and retracts one with a reason', async () => {
    const page = await newPage();
    await signInAsHr(page);
    await heading(page, 'Staff').waitFor();
    // Part of the name: the last word (the demo's names end in a number).
    const part = (person.name ?? '').split(' ').at(-1) ?? '';
    await page.getByLabel('Name or staff id').fill(part);
    await page.getByRole('button', { name: 'Search' }).click();
    const found = page.getByRole('table', { name: `Staff matching “${part}”` });
    await found
      .getByRole('link', { name: person.name ?? '' })
      .first()
      .waitFor();
    await checkPage(page, 'admin-search');

    await found
      .getByRole('link', { name: person.name ?? '' })
      .first()
      .click();
    await heading(page, `Record of ${person.staffId}`).waitFor();
    await page.locator('.govuk-summary-list__row', { hasText: 'Team' }).first().waitFor();
    await recordedTable(page).getByRole('cell', { name: 'staff joined' }).first().waitFor();
    expect(await page.locator('.govuk-summary-list').first().innerText()).toContain(person.team);

    // 1. A qualification.
    await openFactForm(page, 'Qualification');
    await page.getByLabel('Qualification').fill('cache-level-3-diploma');
    await fillDate(page, 'awardedOn');
    await page.getByRole('button', { name: 'Record qualification' }).click();
    await heading(page, `Record of ${person.staffId}`).waitFor();
    await page.getByText('Qualification recorded.').waitFor();
    await recordedTable(page)
      .getByRole('cell', { name: /Qualification: cache-level-3-diploma/ })
      .waitFor();
    await checkPage(page, 'admin-record');

    // 2. Training with an expiry date that does not exist: shown at its field, nothing written.
    const before = (await history(person.staffId)).length;
    await openFactForm(page, 'Training');
    await page.getByLabel('Course').fill('advanced-child-protection');
    await fillDate(page, 'completedOn');
    await fillDate(page, 'expiresOn', { day: '31', month: '13', year });
    await page.getByRole('button', { name: 'Record training' }).click();
    const error = page.locator('#expiresOn-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Expires on must be a real date');
    await page
      .locator('.govuk-error-summary')
      .getByRole('link', { name: /Expires on must be a real date/ })
      .waitFor();
    expect(await page.locator('#expiresOn-month').inputValue()).toBe('13');
    expect(await page.getByLabel('Course').inputValue()).toBe('advanced-child-protection');
    expect((await history(person.staffId)).length).toBe(before);
    await checkPage(page, 'admin-fact-form-errors');
    await fillDate(page, 'expiresOn', { day, month, year: String(Number(year) + 3) });
    await page.getByRole('button', { name: 'Record training' }).click();
    await page.getByText('Training recorded.').waitFor();
    await recordedTable(page)
      .getByRole('cell', {
        name: new RegExp(`Course: advanced-child-protection; Date completed: ${today}`),
      })
      .waitFor();

    // 3. A DBS check, sent with a double click: one check is written.
    const dbsBefore = (await history(person.staffId)).filter(
      (e) => e.type === 'DbsCheckRecorded',
    ).length;
    await openFactForm(page, 'DBS check');
    await page.getByLabel("Enhanced with a check of the children's barred list").check();
    await fillDate(page, 'checkedOn');
    await page
      .getByRole('group', { name: /DBS Update Service/ })
      .getByLabel('Yes')
      .check();
    await page.getByRole('button', { name: 'Record DBS check' }).dblclick();
    await page.getByText('DBS check recorded.').waitFor();
    await recordedTable(page)
      .getByRole('cell', { name: new RegExp(`Level of check: Enhanced .*: ${today}`) })
      .waitFor();
    const dbs = (await history(person.staffId)).filter((e) => e.type === 'DbsCheckRecorded');
    expect(dbs).toHaveLength(dbsBefore + 1);
    expect(dbs.at(-1)?.data).toMatchObject({ level: 'enhanced-barred', updateService: true });

    // Retract the qualification, saying why: the record marks it, the API agrees.
    const qualification = (await history(person.staffId)).find(
      (e) =>
        e.type === 'QualificationRecorded' && e.data['qualification'] === 'cache-level-3-diploma',
    );
    expect(qualification).toBeDefined();
    const row = recordedTable(page).getByRole('row', {
      name: /Qualification: cache-level-3-diploma/,
    });
    await row.getByRole('link', { name: /^Retract/ }).click();
    await heading(page, `Retraction — ${person.staffId}`).waitFor();
    expect(await page.getByLabel('Fact to retract').inputValue()).toBe(qualification?.eventId);
    await page.getByLabel('Why it is being retracted').fill('Recorded against the wrong person');
    await checkPage(page, 'admin-retraction');
    await page.getByRole('button', { name: 'Retract fact' }).click();
    await page.getByText('Retraction recorded.').waitFor();
    await row.getByText('Retracted', { exact: true }).waitFor();
    const after = await history(person.staffId);
    expect(after.find((e) => e.eventId === qualification?.eventId)?.retracted).toBe(true);
    const retraction = after.find((e) => e.type === 'FactRetracted');
    expect(JSON.stringify(retraction)).toContain('Recorded against the wrong person');
  });

  it('an HR admin opens a vacancy and fills it, and withdraws another', async () => {
    const page = await newPage();
    await signInAsHr(page);
    await activate(page, /^A Vacancies$/);
    await heading(page, 'Vacancies').waitFor();
    await page.getByRole('button', { name: 'Open a vacancy' }).click();
    await heading(page, 'Open a vacancy').waitFor();
    await page.getByLabel('Vacancy reference').fill('web-admin-vacancy');
    await page.getByLabel('Job family').fill(person.jobFamily);
    await page.getByLabel('Grade').fill(person.grade);
    await page.getByLabel('Service').fill('childrens-services');
    await page.getByLabel('Team').fill(person.team);
    await page.getByLabel('Zone').fill(person.zone);
    await fillDate(page, 'openedOn');
    await page.getByRole('button', { name: 'Open vacancy' }).click();
    await page.getByText('Vacancy web-admin-vacancy opened.').waitFor();
    const row = page.getByRole('row', { name: /web-admin-vacancy/ });
    await row.waitFor();
    await checkPage(page, 'admin-vacancies');

    await row.getByRole('link', { name: 'Fill web-admin-vacancy' }).click();
    await heading(page, 'Fill vacancy web-admin-vacancy').waitFor();
    await page.getByLabel('Staff id of the person appointed').fill(person.staffId);
    await fillDate(page, 'filledOn');
    await checkPage(page, 'admin-vacancy-fill');
    await page.getByRole('button', { name: 'Fill vacancy' }).click();
    await page.getByText('Vacancy filled: web-admin-vacancy.').waitFor();
    expect(await page.getByRole('row', { name: /web-admin-vacancy/ }).count()).toBe(0);
    const { body } = await callApi(ladder.url, hr, '/vacancies/web-admin-vacancy');
    expect(body).toMatchObject({ status: 'filled', filledBy: { staffId: person.staffId } });

    // Another post is withdrawn, saying why.
    await page.getByRole('button', { name: 'Open a vacancy' }).click();
    await page.getByLabel('Vacancy reference').fill('web-admin-withdrawn');
    await page.getByLabel('Job family').fill(person.jobFamily);
    await page.getByLabel('Grade').fill(person.grade);
    await page.getByLabel('Service').fill('childrens-services');
    await page.getByLabel('Team').fill(person.team);
    await page.getByLabel('Zone').fill(person.zone);
    await fillDate(page, 'openedOn');
    await page.getByRole('button', { name: 'Open vacancy' }).click();
    await page.getByText('Vacancy web-admin-withdrawn opened.').waitFor();
    await page.getByRole('link', { name: 'Withdraw web-admin-withdrawn' }).click();
    await fillDate(page, 'withdrawnOn');
    await page.getByLabel('Why it is withdrawn').fill('The team was restructured');
    await page.getByRole('button', { name: 'Withdraw vacancy' }).click();
    await page.getByText('Vacancy withdrawn: web-admin-withdrawn.').waitFor();
    const withdrawn = await callApi(ladder.url, hr, '/vacancies/web-admin-withdrawn');
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn' });
  });

  it('an HR admin publishes a policy version through the editor, after an invalid attempt named by its path', async () => {
    const family = person.jobFamily;
    const published = async () =>
      (
        (await callApi(ladder.url, hr, `/policies/${family}`)).body as {
          versions: { version: number }[];
        }
      ).versions;
    const latest = (await published()).length;
    const page = await newPage();
    await signInAsHr(page);
    await activate(page, /^A Policies$/);
    await heading(page, 'Policies and career frameworks').waitFor();
    await checkPage(page, 'admin-policies');
    await page.getByRole('link', { name: `Progression policy for ${family}` }).click();
    await heading(page, `Progression policy: ${family}`).waitFor();
    const editor = page.getByLabel("The policy's next version (JSON)");
    const draft = JSON.parse(await editor.inputValue()) as {
      version: number;
      criteria: { importance: string }[];
    };
    expect(draft.version).toBe(latest + 1);

    const wrong = {
      ...draft,
      criteria: draft.criteria.map((c, i) => (i === 0 ? { ...c, importance: 'sometimes' } : c)),
    };
    await editor.fill(JSON.stringify(wrong, null, 2));
    await page.getByRole('button', { name: 'Publish policy version' }).click();
    const error = page.locator('#document-json-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('criteria[0].importance');
    await page
      .locator('.govuk-error-summary')
      .getByRole('link', { name: /criteria\[0\]\.importance/ })
      .waitFor();
    expect(await published()).toHaveLength(latest);
    await checkPage(page, 'admin-policy-errors');

    // The next version asks only for the first two essentials (a vacancy and a positive PDR):
    // the preview says who would gain, as the API answers the same draft, and publishes nothing.
    const next = {
      ...draft,
      title: `${String(draft.version)}: edited in the browser`,
      criteria: draft.criteria.filter((c, i) => i < 2 || c.importance !== 'essential'),
    };
    await editor.fill(JSON.stringify(next, null, 2));
    await page.getByRole('button', { name: 'Preview who would gain or lose eligibility' }).click();
    await page
      .getByRole('heading', { name: `What version ${draft.version} would change` })
      .waitFor();
    const api = (await callApi(ladder.url, hr, `/policies/${family}/previews`, { document: next }))
      .body as { gain: number; lose: number };
    await page.getByText(`${api.gain} would gain eligibility`).waitFor();
    await page.getByText(`${api.lose} would lose it`).waitFor();
    // The refusal of the earlier attempt is gone: the preview was the last thing tried.
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
    expect(api.gain).toBeGreaterThan(0);
    expect(await published()).toHaveLength(latest);
    await checkPage(page, 'admin-policy-preview');
    await page.getByRole('button', { name: 'Publish policy version' }).click();
    await page.getByText(`Version ${draft.version} of the ${family} policy published.`).waitFor();
    await page
      .getByRole('table', { name: 'Published versions' })
      .getByRole('cell', { name: /edited in the browser/ })
      .waitFor();
    expect(await published()).toHaveLength(latest + 1);
    await checkPage(page, 'admin-policy');
  });

  it('an HR admin previews and publishes the next version of a career framework', async () => {
    const family = person.jobFamily;
    const page = await newPage();
    await signInAsHr(page);
    await page.goto('/admin/policies');
    await page.getByRole('link', { name: `Career framework for ${family}` }).click();
    await heading(page, `Career framework: ${family}`).waitFor();
    const editor = page.getByLabel("The career framework's next version (JSON)");
    const draft = JSON.parse(await editor.inputValue()) as {
      version: number;
      grades: { spanOfControl: number }[];
    };
    // The draft lets nobody line-manage: the preview names the managers it would put over.
    const next = { ...draft, grades: draft.grades.map((g) => ({ ...g, spanOfControl: 0 })) };
    await editor.fill(JSON.stringify(next, null, 2));
    await page.getByRole('button', { name: 'Preview who would gain or lose eligibility' }).click();
    await page
      .getByRole('heading', { name: `What version ${draft.version} would change` })
      .waitFor();
    const api = (
      await callApi(ladder.url, hr, `/frameworks/${family}/previews`, { document: next })
    ).body as { spanBreaches: { staffId: string }[] };
    expect(api.spanBreaches.length).toBeGreaterThan(0);
    const breaches = page.getByRole('table', { name: "Managers over the draft's span of control" });
    expect(await breaches.locator('tbody tr').count()).toBe(api.spanBreaches.length);
    await checkPage(page, 'admin-framework-preview');

    // What is published is the ladder as it was, under a new title.
    await editor.fill(
      JSON.stringify({ ...draft, title: `${family}: revised in the browser` }, null, 2),
    );
    await page.getByRole('button', { name: 'Publish career framework version' }).click();
    await page
      .getByText(`Version ${draft.version} of the ${family} career framework published.`)
      .waitFor();
    const { body } = await callApi(ladder.url, hr, `/frameworks/${family}`);
    expect((body as { versions: { title: string }[] }).versions.at(-1)?.title).toBe(
      `${family}: revised in the browser`,
    );
  });

  it("an approver cannot open the HR admin's pages", async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('button', { name: /\(approver\)$/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    for (const path of [
      '/admin/staff',
      `/admin/people/${person.staffId}`,
      '/admin/vacancies',
      '/admin/policies/family-worker',
    ]) {
      await page.goto(path);
      await heading(page, 'You cannot open this page').waitFor();
    }
  });
});
