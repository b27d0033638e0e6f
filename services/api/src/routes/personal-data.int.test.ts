import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allProjections, dumpProjection, openReadModels, startRunner } from '@ladder/projections';
import { startHarness, type Harness, type Reply } from '../../test/harness';
import {
  auditor,
  hr,
  joinEligibleFamilyWorker,
  monthsAgo,
  planner,
  publishSeedPolicies,
  record,
} from '../../test/people';

// Erasure end to end over the real runtime (SQLite log, key file, read models, HTTP): after
// a person's erasure their name, date of birth and DBS certificate number are in no byte of
// any file under the data dir; headcounts, verdicts and the audit chain are unchanged; a
// rebuild gives the same read models; subject access lists every fact the API shows.

const NAME = 'Zebedee Okonkwo-Lindqvist';
const BORN = '1957-11-03';
const CERTIFICATE = '009988776655';
const hr2 = { id: 'hr-2', role: 'hr-admin' } as const;

let h: Harness;

/** Every file under the data dir (WAL, key file, read models, the API's own files), as bytes. */
const everyByte = (dir: string): Buffer[] =>
  readdirSync(dir).flatMap((name) => {
    const path = joinPath(dir, name);
    return statSync(path).isDirectory() ? everyByte(path) : [readFileSync(path)];
  });
const filesHolding = (text: string): number =>
  everyByte(h.dataDir).filter((bytes) => bytes.includes(Buffer.from(text, 'utf8'))).length;

const dumpAll = (db: ReturnType<typeof openReadModels>) =>
  allProjections.map((p) => dumpProjection(db, p)).join('\n');
/** The read models but the audit trail, which gains the erasure's own events. */
const dumpFacts = (db: ReturnType<typeof openReadModels>) =>
  allProjections
    .filter((p) => p.name !== 'audit-trail')
    .map((p) => dumpProjection(db, p))
    .join('\n');

const ok = (reply: Reply, status = 201): Reply => {
  if (reply.status !== status) throw new Error(`${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply;
};

beforeAll(async () => {
  h = await startHarness();
  await publishSeedPolicies(h);
  await joinEligibleFamilyWorker(h, 'pd-2');
  ok(
    await h.call('POST', '/staff', {
      as: hr,
      body: {
        staffId: 'pd-1',
        jobFamily: 'family-worker',
        grade: 'L1',
        team: 'north-early-help',
        zone: 'north',
        contractedHours: 37,
        joinedOn: monthsAgo(30),
        personal: { name: NAME, dateOfBirth: BORN },
      },
    }),
  );
  await record(h, 'pd-1', 'dbs-checks', {
    level: 'enhanced-barred',
    checkedOn: monthsAgo(3),
    updateService: true,
    personal: { certificateNumber: CERTIFICATE },
  });
  await record(h, 'pd-1', 'training', { course: 'cpd', completedOn: monthsAgo(2) });
  await h.settle();
});
afterAll(() => h.close());

describe('personal data through the API', () => {
  it('erases a person: asked by one HR admin, refused to the same, approved by another', async () => {
    const headcount = (await h.call('GET', '/workforce/headcount', { as: planner })).body;
    // The verdict as of now: everything but the instant it was asked.
    const verdictNow = async () => {
      const { knownAt: _asked, ...rest } = (
        await h.call('GET', '/staff/pd-1/eligibility', { as: hr })
      ).body;
      return rest;
    };
    const verdict = await verdictNow();
    const subject = ok(await h.call('GET', '/staff/pd-1/subject-access', { as: hr }), 200).body;
    const before = dumpFacts(h.runtime.readDb);
    // The test can fail: before the erasure the directory holds the name (HR's search).
    expect(filesHolding(NAME)).toBeGreaterThan(0);
    expect(JSON.stringify(subject)).toContain(NAME);

    const asked = ok(
      await h.call('POST', '/staff/pd-1/erasure-requests', {
        as: hr,
        body: { requestId: 'er-1' },
        headers: { 'X-Reason': 'the person asked (UK GDPR Art 17)' },
      }),
    );
    expect(asked.body).toMatchObject({ streamName: 'personal-pd-1', requestId: 'er-1' });
    const open = await h.call('GET', '/erasure-requests', { as: hr2 });
    expect(open.body['requests']).toMatchObject([
      {
        staffId: 'pd-1',
        requestId: 'er-1',
        requestedBy: hr,
        reason: 'the person asked (UK GDPR Art 17)',
      },
    ]);
    const own = await h.call('POST', '/staff/pd-1/erasure-requests/er-1/approval', {
      as: hr,
      body: {},
    });
    expect(own.status).toBe(422);
    expect(own.body).toMatchObject({
      domainCode: 'ApproverIsRequester',
      rule: expect.stringMatching(/^Nobody approves their own request/) as string,
    });
    expect(
      (
        await h.call('POST', '/staff/pd-1/erasure-requests/er-1/approval', {
          as: planner,
          body: {},
        })
      ).status,
    ).toBe(403);

    const approved = ok(
      await h.call('POST', '/staff/pd-1/erasure-requests/er-1/approval', { as: hr2, body: {} }),
    );
    expect(approved.body).toMatchObject({ keysDestroyed: 2, clearTextEventIds: [] });
    await h.settle();

    // Nothing readable left behind, in any file under the data dir (WAL and read models too).
    expect(filesHolding(NAME)).toBe(0);
    expect(filesHolding(BORN)).toBe(0);
    expect(filesHolding(CERTIFICATE)).toBe(0);

    // Facts, verdicts and aggregates are as they were.
    expect((await h.call('GET', '/workforce/headcount', { as: planner })).body).toEqual(headcount);
    expect(await verdictNow()).toEqual(verdict);
    const verification = ok(await h.call('GET', '/audit/verification', { as: auditor }), 200);
    expect(verification.body).toMatchObject({ firstBreak: null, notYetProjected: 0 });

    // Every view shows the personal fields as erased.
    const timeline = ok(await h.call('GET', '/audit/staff/pd-1/timeline', { as: auditor }), 200);
    const personalParts = (timeline.body['events'] as { data: { personal?: unknown } }[])
      .map((e) => e.data.personal)
      .filter((p) => p !== undefined);
    expect(personalParts).toEqual([
      { erased: true, erasedAt: expect.stringMatching(/^20/) as string },
      { erased: true, erasedAt: expect.stringMatching(/^20/) as string },
    ]);
    const after = ok(await h.call('GET', '/staff/pd-1/subject-access', { as: hr }), 200);
    expect(JSON.stringify(after.body)).not.toContain(NAME);
    expect(after.body['keys']).toMatchObject([
      { destroyedAt: expect.stringMatching(/^20/) as string },
      { destroyedAt: expect.stringMatching(/^20/) as string },
    ]);

    // The read models differ from before only in the name; a rebuild gives the same.
    expect(dumpFacts(h.runtime.readDb)).toEqual(before.replace(JSON.stringify(NAME), 'null'));
    const live = dumpAll(h.runtime.readDb);
    const rebuiltDb = openReadModels(joinPath(h.dataDir, 'rebuilt.sqlite'));
    const runner = startRunner({ store: h.store, db: rebuiltDb, projections: allProjections });
    await runner.waitFor(await h.store.headPosition());
    await runner.stop();
    expect(dumpAll(rebuiltDb)).toEqual(live);
    rebuiltDb.close();
    expect(filesHolding(NAME)).toBe(0);
  });

  it('subject access lists every fact the API shows for the person, as JSON and as a page', async () => {
    const timeline = ok(await h.call('GET', '/audit/staff/pd-2/timeline', { as: auditor }), 200);
    const shown = (timeline.body['events'] as { eventId: string }[]).map((e) => e.eventId);
    const exported = ok(await h.call('GET', '/staff/pd-2/subject-access', { as: hr }), 200);
    const records = exported.body['records'] as { eventId: string; recordedBy: unknown }[];
    expect(shown.length).toBeGreaterThan(5);
    expect(records.map((r) => r.eventId)).toEqual(expect.arrayContaining(shown));
    expect(records[0]?.recordedBy).toEqual(hr);
    const page = await fetch(`${h.url}/staff/pd-2/subject-access?format=html`, {
      headers: { authorization: `Bearer ${await h.token(hr)}` },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('Person pd-2');
    // One row per record, each naming what was recorded.
    expect(html.split('<tr><td>').length - 1).toBe(records.length);
    for (const type of ['StaffJoined', 'PdrRecorded', 'TrainingCompleted'])
      expect(html).toContain(`<td>${type}</td>`);
    expect((await h.call('GET', '/staff/pd-2/subject-access', { as: planner })).status).toBe(403);
  });

  it('runs the retention schedule as a job: the dry run lists what the run then erases', async () => {
    // A DBS check eight months old: its certificate details are due for erasure.
    await record(h, 'pd-2', 'dbs-checks', {
      level: 'enhanced-barred',
      checkedOn: monthsAgo(8),
      updateService: false,
      personal: { certificateNumber: '007700112233' },
    });
    await h.settle();
    const asOf = new Date().toISOString().slice(0, 10);
    const poll = async (location: string): Promise<Reply> => {
      for (;;) {
        const res = await h.call('GET', location, { as: hr });
        if (res.body['status'] !== 'running') return res;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    const dry = ok(await h.call('POST', '/retention/dry-runs', { as: hr, body: { asOf } }), 202);
    const listed = await poll(dry.headers.get('location') ?? '');
    expect(listed.body).toMatchObject({ status: 'done', mode: 'dry-run', error: null });
    const due = listed.body['due'] as { staffId: string; rule: string }[];
    // pd-1 was erased as a whole: nothing more is due for them.
    expect(due.map((d) => [d.staffId, d.rule])).toEqual([['pd-2', 'dbs-certificate-after-check']]);
    const run = ok(await h.call('POST', '/retention/runs', { as: hr2, body: { asOf } }), 202);
    const ran = await poll(run.headers.get('location') ?? '');
    expect(ran.body).toMatchObject({ status: 'done', mode: 'run', error: null });
    const erased = (ran.body['erased'] as Record<string, unknown>[]).map(
      ({ keysDestroyed: _k, clearTextEventIds: _c, ...d }) => d,
    );
    expect(erased).toEqual(due);
    await h.settle();
    // The certificate's details are gone; the person's name (another key) is not.
    expect(filesHolding('007700112233')).toBe(0);
    const exported = ok(await h.call('GET', '/staff/pd-2/subject-access', { as: hr }), 200);
    const personal = (exported.body['records'] as { type: string; personal: unknown }[])
      .filter((r) => r.personal !== null)
      .map((r) => [r.type, r.personal]);
    expect(personal).toEqual([
      ['StaffJoined', { name: 'Person pd-2' }],
      ['DbsCheckRecorded', { erased: true, erasedAt: expect.stringMatching(/^20/) as string }],
    ]);
    // Done is done: a second dry run lists nothing.
    const again = ok(await h.call('POST', '/retention/dry-runs', { as: hr, body: { asOf } }), 202);
    expect((await poll(again.headers.get('location') ?? '')).body['due']).toEqual([]);
  });
});
