import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaPath } from '@ladder/census';
import { startHarness, type Harness } from '../../test/harness';
import { auditor, hr, planner } from '../../test/people';

// The census return over real HTTP: recorded through the API as HR would, then the XML (valid,
// or a problem with findings by worker and item) and the preview, each for its own roles.

let h: Harness;
/** An instant after sw-1 and the agency worker were recorded, before sw-2 joined. */
let beforeSw2 = '';
const knownAt = () => new Date().toISOString();

const post = async (path: string, body: unknown) => {
  const r = await h.call('POST', path, { as: hr, body });
  if (r.status !== 201) throw new Error(`${path}: ${String(r.status)} ${JSON.stringify(r.body)}`);
};

const socialWorker = (staffId: string, more: Record<string, unknown> = {}) =>
  post('/staff', {
    staffId,
    jobFamily: 'social-worker',
    grade: 'SW2',
    team: 'Assessment North',
    zone: 'North',
    contractedHours: 37,
    joinedOn: '2025-03-03',
    engagement: 'employee',
    startOrigin: 'local-authority-england',
    personal: { name: 'Sam Okafor', dateOfBirth: '1988-06-01', gender: 'male', ethnicity: 'BAFR' },
    ...more,
  });

const register = (staffId: string, registrationNumber: string) =>
  post(`/staff/${staffId}/registrations`, {
    regulator: 'Social Work England',
    registrationNumber,
    registeredOn: '2025-03-03',
  });

beforeAll(async () => {
  h = await startHarness();
  await socialWorker('sw-1');
  await register('sw-1', 'SW123456');
  await post('/staff/sw-1/qualifications', {
    qualification: 'social-work-degree',
    awardedOn: '2012-07-01',
    institution: 'University of Greenwich',
    level: 'postgraduate',
    programme: 'frontline',
  });
  await post('/staff/sw-1/kss-statuses', { status: 'practitioner', recognisedOn: '2025-03-03' });
  await post('/staff/sw-1/absences', {
    reason: 'sickness',
    startedOn: '2026-02-02',
    endedOn: '2026-02-06',
    workingDaysLost: 5,
  });
  await socialWorker('sw-agency', {
    engagement: 'agency',
    startOrigin: 'agency-or-consultancy',
    personal: {},
  });
  await register('sw-agency', 'SW654321');
  await new Promise((r) => setTimeout(r, 5));
  beforeSw2 = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 5));
  // Joined with nothing else recorded: no Social Work England number yet.
  await socialWorker('sw-2', { joinedOn: '2026-06-01' });
  await h.settle();
}, 60_000);
afterAll(() => h.close());

describe('GET /census/csww', () => {
  it('refuses to offer a file that fails the schema, naming the worker and the item', async () => {
    const r = await h.call('GET', `/census/csww?year=2026&knownAt=${knownAt()}`, { as: hr });
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.body).toMatchObject({ code: 'rule-violation', rule: 'census-return-valid' });
    expect(r.body['report']).toEqual([
      expect.objectContaining({ staffId: 'sw-2', field: 'SWENo', worker: 2 }),
    ]);
  });

  it('refuses a Social Work England number that is not in its form, naming the field', async () => {
    const r = await h.call('POST', '/staff/sw-2/registrations', {
      as: hr,
      body: {
        regulator: 'Social Work England',
        registrationNumber: 'SWE10001',
        registeredOn: '2026-06-01',
      },
    });
    expect(r.status).toBe(422);
    expect(JSON.stringify(r.body)).toMatch(/registrationNumber/);
  });

  it('offers the XML once every worker has a number, as known at the instant asked', async () => {
    await register('sw-2', 'SW100200');
    const r = await h.call('GET', `/census/csww?year=2026&knownAt=${knownAt()}`, { as: hr });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="csww-2026-303.xml"');
    const xml = String(r.body['value']);
    expect(xml).toContain('<LEA>303</LEA>');
    expect(xml).toContain('<SWENo>SW123456</SWENo>');
    expect(xml.match(/<CSWWWorker>/g)).toHaveLength(3);
    // The file as served validates on its own, outside Ladder.
    expect(() =>
      execFileSync('xmllint', ['--noout', '--schema', schemaPath, '-'], {
        input: xml,
        stdio: 'pipe',
      }),
    ).not.toThrow();
    // Known before sw-2 joined, the return has two workers.
    const before = await h.call('GET', `/census/csww?year=2026&knownAt=${beforeSw2}`, { as: hr });
    expect(before.status).toBe(200);
    expect(String(before.body['value']).match(/<CSWWWorker>/g)).toHaveLength(2);
  });

  it('has no file to offer before anyone was recorded (the DfE wants one worker at least)', async () => {
    const r = await h.call('GET', '/census/csww?year=2026&knownAt=2026-05-01T00:00:00Z', {
      as: hr,
    });
    expect(r.status).toBe(422);
    expect(r.body['report']).toEqual([
      expect.objectContaining({ staffId: null, worker: null, field: 'CSWWWorker' }),
    ]);
  });

  it('is HR’s: the file carries each worker’s personal items', async () => {
    for (const who of [planner, auditor])
      expect((await h.call('GET', '/census/csww?year=2026', { as: who })).status).toBe(403);
  });

  it('names the field for a bad year or instant', async () => {
    const bad = await h.call('GET', '/census/csww?year=26', { as: hr });
    expect(bad.status).toBe(400);
    expect(bad.body['field']).toBe('year');
    const when = await h.call('GET', '/census/csww?knownAt=yesterday', { as: hr });
    expect(when.status).toBe(400);
    expect(when.body['field']).toBe('knownAt');
  });
});

describe('GET /census/csww/preview', () => {
  it('gives planners the figures and how many records lack items, not who', async () => {
    const r = await h.call('GET', '/census/csww/preview?year=2026', { as: planner });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      year: 2026,
      referenceDate: '2026-09-30',
      schemaYear: 2022,
      records: 3,
      missing: null,
      indicators: {
        inPostHeadcount: 2,
        inPostFte: 2,
        agencyHeadcount: 1,
        agencyRateFte: 33.3,
        workingDaysLost: 5,
        cases: null,
        caseload: null,
      },
      national: { year: 2024, turnoverRateFte: 13.8 },
    });
    expect(r.body['missingCount']).toBe(1);
  });

  it('shows HR who lacks which items', async () => {
    const r = await h.call('GET', '/census/csww/preview?year=2026', { as: hr });
    expect(r.body['missing']).toEqual([
      {
        staffId: 'sw-2',
        sweNo: 'SW100200',
        items: ['QualInst', 'StepUpGrad', 'FrontlineGrad'],
      },
    ]);
  });

  it('is not the auditor’s', async () => {
    expect((await h.call('GET', '/census/csww/preview', { as: auditor })).status).toBe(403);
  });
});

describe('without the council’s LA number', () => {
  it('answers that the setting is missing', async () => {
    const other = await startHarness({ laCode: null });
    try {
      const r = await other.call('GET', '/census/csww/preview', { as: planner });
      expect(r.status).toBe(503);
      expect(String(r.body['detail'])).toMatch(/LADDER_LA_CODE/);
    } finally {
      await other.close();
    }
  });
});
