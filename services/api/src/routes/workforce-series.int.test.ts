import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness';
import { hr, join, planner, record } from '../../test/people';

// The planner's month-by-month answers, from a log built by hand with fixed dates, so every
// figure below is known exactly.
//
// 15 Jan 2024: a1–a6 join at L1 (full time); b1–b5 at L2 (b5 half time, 18.5 of 37 hours).
// 10 Mar 2024: a1 moves to L2.   20 Apr 2024: a2 leaves.

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  for (const n of [1, 2, 3, 4, 5, 6]) await join(h, `a${n}`, { joinedOn: '2024-01-15' });
  for (const n of [1, 2, 3, 4]) await join(h, `b${n}`, { grade: 'L2', joinedOn: '2024-01-15' });
  const partTime = await h.call('POST', '/staff', {
    as: hr,
    body: {
      staffId: 'b5',
      jobFamily: 'family-worker',
      grade: 'L2',
      team: 'north-early-help',
      zone: 'north',
      contractedHours: 18.5,
      joinedOn: '2024-01-15',
      personal: { name: 'Person b5' },
    },
  });
  expect(partTime.status).toBe(201);
  await record(h, 'a1', 'grade-changes', { to: 'L2', changedOn: '2024-03-10' });
  await record(h, 'a2', 'leaving', { leftOn: '2024-04-20' });
  // Falling due after 10 May 2024: first aid in June (8 people) and July (b5 alone), DBS
  // checks of June 2021 in June 2024 (5), manual handling already overdue (5).
  for (const id of ['a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3', 'b4'])
    await record(h, id, 'training', {
      course: 'first-aid',
      completedOn: '2023-06-01',
      expiresOn: '2024-06-15',
    });
  await record(h, 'b5', 'training', {
    course: 'first-aid',
    completedOn: '2023-07-01',
    expiresOn: '2024-07-20',
  });
  for (const id of ['a3', 'a4', 'a5', 'a6', 'b1'])
    await record(h, id, 'training', {
      course: 'manual-handling',
      completedOn: '2023-04-30',
      expiresOn: '2024-04-30',
    });
  for (const id of ['b1', 'b2', 'b3', 'b4', 'b5'])
    await record(h, id, 'dbs-checks', {
      level: 'enhanced',
      checkedOn: '2021-06-05',
      updateService: false,
    });
  await h.settle();
});
afterAll(() => h.close());

const get = (path: string) => h.call('GET', path, { as: planner });

describe('headcount over time', () => {
  it('counts each month on its first day, by grade, in one answer', async () => {
    const res = await get('/workforce/headcount/series?from=2024-01&to=2024-05&groupBy=grade');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      from: '2024-01',
      to: '2024-05',
      groupBy: ['grade'],
      months: [
        { month: '2024-01', asOf: '2024-01-01', total: 0, rows: [] },
        {
          month: '2024-02',
          asOf: '2024-02-01',
          total: 11,
          rows: [
            { group: { grade: 'L1' }, count: 6, fte: 6 },
            { group: { grade: 'L2' }, count: 5, fte: 4.5 },
          ],
        },
        {
          month: '2024-03',
          asOf: '2024-03-01',
          total: 11,
          rows: [
            { group: { grade: 'L1' }, count: 6, fte: 6 },
            { group: { grade: 'L2' }, count: 5, fte: 4.5 },
          ],
        },
        {
          month: '2024-04',
          asOf: '2024-04-01',
          total: 11,
          rows: [
            { group: { grade: 'L1' }, count: 5, fte: 5 },
            { group: { grade: 'L2' }, count: 6, fte: 5.5 },
          ],
        },
        {
          // Four at L1 is withheld, and L2 with it: the total would give L1 away.
          month: '2024-05',
          asOf: '2024-05-01',
          total: 10,
          rows: [
            { group: { grade: 'L1' }, count: null, fte: null, suppressed: true },
            { group: { grade: 'L2' }, count: null, fte: null, suppressed: true },
          ],
        },
      ],
    });
  });

  it('gives each month exactly what the single-date headcount gives for its first day', async () => {
    const series = await get(
      '/workforce/headcount/series?from=2024-02&to=2024-05&groupBy=jobFamily,grade,team',
    );
    const months = series.body['months'] as { asOf: string; total: unknown; rows: unknown }[];
    expect(months).toHaveLength(4);
    for (const m of months) {
      const single = await get(`/workforce/headcount?asOf=${m.asOf}&groupBy=jobFamily,grade,team`);
      expect({ total: m.total, rows: m.rows }).toEqual({
        total: single.body['total'],
        rows: single.body['rows'],
      });
    }
  });

  it('starts at the earliest placement held when no month is given', async () => {
    const res = await get('/workforce/headcount/series?to=2024-02&groupBy=jobFamily');
    expect(res.status).toBe(200);
    expect(res.body['from']).toBe('2024-01');
    expect((res.body['months'] as { month: string }[]).map((m) => m.month)).toEqual([
      '2024-01',
      '2024-02',
    ]);
  });

  it('refuses a month that is not one, or a series that runs backwards, naming the field', async () => {
    const bad = await get('/workforce/headcount/series?from=2024-13&to=2024-05');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('from');
    const backwards = await get('/workforce/headcount/series?from=2024-05&to=2024-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({ field: 'to' });
    const tooLong = await get('/workforce/headcount/series?from=1990-01&to=2024-01');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ field: 'from' });
  });
});

describe('what falls due, month by month', () => {
  it('counts registrations, DBS checks and training by the month they fall due', async () => {
    const res = await get('/workforce/expiring/months?asOf=2024-05-10&months=3');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      asOf: '2024-05-10',
      months: 3,
      overdue: [
        { group: { kind: 'registration' }, count: 0 },
        { group: { kind: 'dbs' }, count: 0 },
        { group: { kind: 'training' }, count: 5 },
      ],
      byMonth: [
        { group: { month: '2024-05', kind: 'registration' }, count: 0 },
        { group: { month: '2024-05', kind: 'dbs' }, count: 0 },
        { group: { month: '2024-05', kind: 'training' }, count: 0 },
        { group: { month: '2024-06', kind: 'registration' }, count: 0 },
        { group: { month: '2024-06', kind: 'dbs' }, count: 5 },
        { group: { month: '2024-06', kind: 'training' }, count: 8 },
        { group: { month: '2024-07', kind: 'registration' }, count: 0 },
        { group: { month: '2024-07', kind: 'dbs' }, count: 0 },
        // b5's first aid alone: withheld.
        { group: { month: '2024-07', kind: 'training' }, count: null, suppressed: true },
      ],
    });
  });

  it('refuses a number of months out of range', async () => {
    const res = await get('/workforce/expiring/months?asOf=2024-05-10&months=61');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('months');
  });

  it('is not for managers', async () => {
    const res = await h.call('GET', '/workforce/expiring/months', {
      as: { id: 'm-1', role: 'manager' },
    });
    expect(res.status).toBe(403);
  });
});
