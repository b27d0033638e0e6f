import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage, StaffTimeline, VerificationJob } from '../src/api/audit-types';
import type { Verdict } from '../src/api/types';
import { callApi, tokenFor } from './api';
import { demoPeople, reportsOf } from './council';
import { activate, tabTo } from './keyboard';
import {
  checkPage as checkAndShoot,
  heading,
  openPages,
  signInAs,
  type PagesUnderTest,
} from './pages';
import type { RunningLadder } from './server';

// The auditor's pages in real headless Chromium against a real Ladder (a seeded demo council of
// 80 people). One of the demo manager's reports is given a late fact — a counselling diploma
// awarded years ago, recorded today — and then its retraction, so that one event is not yet
// known, in effect, then retracted as the "known at" slider moves.

let pages: PagesUnderTest;
let ladder: RunningLadder;
let staffId = '';
const hrId = 'hr-audit-journey';
/** The late fact's own date: years before it was recorded, and unlike any demo date. */
const awardedOn = `${new Date().getUTCFullYear() - 3}-02-13`;
let timeline: StaffTimeline;

/** The shared 2-core machine can be slow to answer: a page gets 30 s to show what it should. */
const patiently = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000 });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  pages = await openPages(80);
  ladder = pages.ladder;
  const people = await demoPeople(ladder);
  const reports = await reportsOf(ladder, people.get('manager') ?? '');
  const person =
    reports.find((r) => r.verdict.jobFamily === 'family-worker' && r.verdict.toGrade !== null) ??
    reports[0];
  if (person === undefined) throw new Error('the demo manager has no reports');
  staffId = person.staffId;
  const hr = await tokenFor(ladder.dataDir, { id: hrId, role: 'hr-admin' });
  const late = await callApi(ladder.url, hr, `/staff/${staffId}/qualifications`, {
    qualification: 'counselling-diploma',
    awardedOn,
  });
  expect(late.status, JSON.stringify(late.body)).toBe(201);
  // Recorded at an instant of its own, after the fact it withdraws.
  await pause(20);
  const retracted = await callApi(ladder.url, hr, `/staff/${staffId}/retractions`, {
    eventId: (late.body as { eventIds: string[] }).eventIds[0],
    reason: 'the certificate belongs to someone else',
  });
  expect(retracted.status, JSON.stringify(retracted.body)).toBe(201);
  const auditor = await tokenFor(ladder.dataDir, { id: 'auditor-setup', role: 'auditor' });
  timeline = (await callApi(ladder.url, auditor, `/audit/staff/${staffId}/timeline`))
    .body as StaffTimeline;
}, 240_000);

afterAll(() => pages?.close());

const newPage = (): Promise<Page> => pages.newPage();

/** axe on the page; a screenshot only where one is named for the docs. */
const checkPage = (page: Page, name: string, shot?: string): Promise<void> =>
  checkAndShoot(page, name, shot ?? null);

const signInAsAuditor = (page: Page): Promise<void> => signInAs(page, 'auditor');

/** What the API answers the signed-in auditor (the page's own session cookie). */
const asAuditor = async <T>(page: Page, path: string): Promise<T> => {
  const response = await page.request.get(`${ladder.url}${path}`);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
};

const text = async (l: Locator): Promise<string> =>
  ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** The verdict as a page shows it: the headline tag, the summary, each criterion's status. */
const shownVerdict = async (section: Locator) => ({
  headline: await text(section.locator('.govuk-tag').first()),
  summary: await text(section.locator('p.govuk-body').nth(1)),
  lines: await section
    .locator('.govuk-summary-list__row')
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.querySelector('dt')?.firstChild?.textContent?.trim() ?? '',
        r.querySelector('dd .govuk-tag')?.textContent?.trim() ?? '',
      ]),
    ),
});

/** The same, from the API's verdict, in the words the design system's tags use. */
const apiVerdict = (v: Verdict) => ({
  headline: v.eligible
    ? `Eligible for ${v.toGrade ?? ''}`
    : v.outcome === 'not-eligible'
      ? 'Not eligible'
      : v.outcome.replace(/-/g, ' '),
  summary: v.summary.replace(/\s+/g, ' ').trim(),
  lines: [
    ...v.lines.filter((l) => l.importance === 'essential'),
    ...v.lines.filter((l) => l.importance !== 'essential'),
  ].map((l) => [
    l.label,
    { met: 'Met', unmet: 'Not met', 'not-applicable': 'Not applicable' }[l.status],
  ]),
});

/** The late fact's row: the qualification recorded on its own (unusual) date. */
const lateRow = (page: Page) =>
  page
    .locator('tbody tr')
    .filter({ hasText: 'qualification recorded' })
    .filter({ hasText: awardedOn });

const lateStatus = async (page: Page) => text(lateRow(page).locator('.govuk-tag'));

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** A date's day, month and year as a person types them into the date input. */
const partsOfDate = (iso: string): [string, string][] => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return [
    ['day', String(Number(day))],
    ['month', String(Number(month))],
    ['year', year],
  ];
};

const minute = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

describe("the auditor's pages in Chromium", { timeout: 240_000 }, () => {
  it('a timeline on the two axes: the slider moves the "known at" instant, statuses change, and the verdict shown for a pair is the API\'s', async () => {
    const page = await newPage();
    await signInAsAuditor(page);
    await heading(page, 'Audit').waitFor();
    await checkPage(page, 'auditor home');
    await tabTo(page, /^INPUT Staff id/);
    await page.keyboard.type(staffId);
    await activate(page, /^BUTTON Open the timeline$/);
    await heading(page, `Timeline of ${staffId}`).waitFor();
    await lateRow(page).waitFor();
    // As known now, on today: the late fact was withdrawn.
    expect(await lateStatus(page)).toBe('Retracted');
    await page.getByTestId('no-differences').waitFor();

    // The instants: the retraction is the last recording, the late fact the one before it.
    const instants = timeline.recordedInstants;
    const late = timeline.events.find(
      (e) => e.type === 'QualificationRecorded' && e.effectiveAt.startsWith(awardedOn),
    );
    expect(late).toBeDefined();
    const lateIndex = instants.indexOf(late?.recordedAt ?? '');
    expect(lateIndex).toBe(instants.length - 2);
    expect(await page.locator('#known-at').getAttribute('max')).toBe(String(instants.length - 1));

    // By keyboard: to the slider, one stop back — the instant the late fact was recorded.
    await tabTo(page, /^INPUT As known at/);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const instant = page.getByTestId('known-at-instant');
    await patiently(() => text(instant)).toBe(instants[lateIndex]);
    await patiently(() => lateStatus(page)).toBe('In effect');
    // The stop says what was recorded at it.
    expect(await text(page.getByTestId('recorded-then'))).toBe(
      `Recorded at this instant: qualification recorded by ${hrId}`,
    );
    // One more stop back: Ladder had not been told yet.
    await page.keyboard.press('ArrowLeft');
    await patiently(() => text(instant)).toBe(instants[lateIndex - 1]);
    await patiently(() => lateStatus(page)).toBe('Not yet known');
    // The address holds the pair, so it can be linked.
    expect(new URL(page.url()).searchParams.get('knownAt')).toBe(instants[lateIndex - 1]);

    // A pair: as known when the late fact was recorded, on a date before its award.
    const knownAt = instants[lateIndex] ?? '';
    await page.keyboard.press('ArrowRight');
    await patiently(() => text(instant)).toBe(knownAt);
    const effectiveOn = new Date(Date.parse(awardedOn) - 86_400_000).toISOString().slice(0, 10);
    for (const [part, value] of partsOfDate(effectiveOn))
      await page.locator(`#effective-on-${part}`).fill(value);
    await page.getByRole('button', { name: 'Show this date' }).click();
    await patiently(() => lateStatus(page)).toBe('Not yet in effect');

    // The verdict for this pair, as shown, is the API's answer for it (asked with this session).
    const then = page.getByTestId('verdict-then');
    await then.getByText(`On ${effectiveOn}, as known at ${minute(knownAt)}`).waitFor();
    const q = `effectiveOn=${effectiveOn}&knownAt=${encodeURIComponent(knownAt)}`;
    const answer = await asAuditor<Verdict>(page, `/staff/${staffId}/eligibility?${q}`);
    expect(answer.effectiveOn).toBe(effectiveOn);
    expect(answer.knownAt).toBe(knownAt);
    expect(await shownVerdict(then)).toEqual(apiVerdict(answer));

    // Today, as known when the late fact was recorded: the diploma was known and not yet
    // withdrawn; today it is retracted. What differs is exactly what the API's answers differ on.
    const today = todayUtc();
    for (const [part, value] of partsOfDate(today))
      await page.locator(`#effective-on-${part}`).fill(value);
    await page.getByRole('button', { name: 'Show this date' }).click();
    await patiently(() => lateStatus(page)).toBe('In effect');
    await then.getByText(`On ${today}, as known at ${minute(knownAt)}`).waitFor();
    const atPair = await asAuditor<Verdict>(
      page,
      `/staff/${staffId}/eligibility?effectiveOn=${today}&knownAt=${encodeURIComponent(knownAt)}`,
    );
    const now = await asAuditor<Verdict>(page, `/staff/${staffId}/eligibility`);
    expect(await shownVerdict(then)).toEqual(apiVerdict(atPair));
    const statusNow = new Map(now.lines.map((l) => [l.criterionId, l.status]));
    const differing = atPair.lines
      .filter((l) => statusNow.has(l.criterionId) && statusNow.get(l.criterionId) !== l.status)
      .map((l) => l.label);
    if (differing.length === 0 && atPair.outcome === now.outcome)
      await page.getByTestId('no-differences').waitFor();
    else {
      const table = page.getByRole('table', { name: 'What differs from today' });
      await table.waitFor();
      const shown = await table.locator('tbody th').allTextContents();
      expect(
        shown.filter((label) => !['Outcome', 'Move judged', 'Policy'].includes(label)),
      ).toEqual(differing);
    }
    await checkPage(page, 'timeline', 'auditor-timeline');
  });

  it("the audit trail: filters in the address narrow it to exactly what the API answers; an event's envelope; paging; a bad filter named at its field", async () => {
    const page = await newPage();
    await signInAsAuditor(page);
    await activate(page, /^A Audit trail$/);
    await heading(page, 'Audit trail').waitFor();
    await page.getByTestId('audit-trail').waitFor();
    await checkPage(page, 'audit trail');

    await page.getByLabel('Recorded by').fill(hrId);
    await page.getByLabel('Whom it concerns').fill(staffId);
    await activate(page, /^BUTTON Show events$/);
    await patiently(() => new URL(page.url()).searchParams.get('actorId')).toBe(hrId);
    const ids = () =>
      page
        .locator('tr[data-event-id]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id')));
    const api = await asAuditor<AuditPage>(
      page,
      `/audit/events?actorId=${hrId}&staffId=${staffId}&limit=25`,
    );
    expect(api.entries.map((e) => e.type)).toEqual(['QualificationRecorded', 'FactRetracted']);
    await patiently(ids).toEqual(api.entries.map((e) => e.eventId));

    // Narrower still, by type: the one retraction.
    await page.getByLabel('Event type').fill('FactRetracted');
    await activate(page, /^BUTTON Show events$/);
    await patiently(ids).toEqual([api.entries[1]?.eventId]);

    // The link holds the filters: opened afresh, the same events.
    const link = page.url();
    const fresh = await newPage();
    await signInAsAuditor(fresh);
    await fresh.goto(link);
    await fresh.getByTestId('audit-trail').waitFor();
    await expect
      .poll(async () =>
        fresh
          .locator('tr[data-event-id]')
          .evaluateAll((r) => r.map((x) => x.getAttribute('data-event-id'))),
      )
      .toEqual([api.entries[1]?.eventId]);

    // The envelope: everything the store holds about the event, its hash chain included.
    const entry = api.entries[1];
    await page.getByText(`Envelope of FactRetracted at position ${entry?.position ?? ''}`).click();
    const envelope = page.locator('.govuk-details__text').first();
    for (const value of [entry?.hash, entry?.previousHash, entry?.correlationId, entry?.streamName])
      await envelope
        .getByText(value ?? '', { exact: true })
        .first()
        .waitFor();
    await checkPage(page, 'audit trail, envelope open', 'auditor-trail');

    // Paging by cursor: the second page of the whole trail is the API's second page.
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.getByRole('link', { name: 'Next page' }).waitFor();
    const first = await asAuditor<AuditPage>(page, '/audit/events?limit=25');
    const second = await asAuditor<AuditPage>(
      page,
      `/audit/events?cursor=${first.nextCursor ?? ''}&limit=25`,
    );
    await page.getByRole('link', { name: 'Next page' }).click();
    await patiently(ids).toEqual(second.entries.map((e) => e.eventId));

    // A filter the API cannot read is named at its field and in the summary.
    await page.getByLabel('Recorded from').fill('last Tuesday');
    await activate(page, /^BUTTON Show events$/);
    await page.locator('#filter-recordedFrom-error').waitFor();
    await page
      .locator('.govuk-error-summary')
      .getByRole('link', { name: /Recorded from/ })
      .waitFor();
    await checkPage(page, 'audit trail, bad filter');
  });

  it('chain verification started from the page runs to its result while the rest stays usable', async () => {
    const page = await newPage();
    await signInAsAuditor(page);
    await activate(page, /^A Verification$/);
    await heading(page, 'Verify the hash chains').waitFor();
    await checkPage(page, 'verification');
    await activate(page, /^BUTTON Start verification$/);
    await patiently(() => new URL(page.url()).searchParams.get('job')).not.toBeNull();
    const jobId = new URL(page.url()).searchParams.get('job') ?? '';
    await page.getByTestId('verification-job').waitFor();

    // Meanwhile, another page of the app answers as usual.
    await activate(page, /^A Audit trail$/);
    await page.getByTestId('audit-trail').waitFor();
    await page.goBack();
    await heading(page, 'Verify the hash chains').waitFor();

    const job = page.locator('[data-testid="verification-job"][data-status="done"]');
    await job.waitFor({ timeout: 180_000 });
    await job.getByText('Verified: every link holds').waitFor();
    const answer = await asAuditor<VerificationJob>(page, `/audit/verifications/${jobId}`);
    expect(answer.status).toBe('done');
    expect(answer.result?.firstBreak).toBeNull();
    const streams = answer.result?.streams ?? -1;
    expect(streams).toBeGreaterThan(80);
    await job.getByText(`${streams} of ${streams}`, { exact: true }).first().waitFor();
    await job
      .getByText(String(answer.result?.events ?? -1), { exact: true })
      .first()
      .waitFor();
    await checkPage(page, 'verification done', 'auditor-verification');
  });
});
