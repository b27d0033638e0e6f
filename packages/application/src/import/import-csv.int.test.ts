import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askedBy, hr, openWorld, type World } from '../../test/world';
import type { DateStyle } from './dates';
import { importCsv } from './import-csv';
import { importKindNamed } from './kinds';

const staffCsv = [
  'staff_id,job_family,grade,team,zone,weekly_hours,start_date',
  's1,family-worker,L1,North,Zone A,37,2020-04-01',
  's2,family-worker,L9,North,Zone A,37,2020-04-01',
  's3,social-worker,SW2,South,Zone B,22.5,2021-09-01',
  's4,social-worker,SW3,South,,37,2021-13-01',
].join('\n');

let world: World;
beforeEach(async () => {
  world = await openWorld();
});
afterEach(() => world.close());

const run = (kindName: string, text: string, dates: DateStyle, dryRun = false) => {
  const kind = importKindNamed(kindName);
  if (kind === undefined) throw new Error(kindName);
  return importCsv(world.store, [Buffer.from(text, 'utf8')], {
    kind,
    dates,
    dryRun,
    request: askedBy(hr),
  });
};

describe('importing a CSV file of HR records', () => {
  it('a dry run names every bad row by line and column and writes nothing', async () => {
    const seeded = await world.store.headPosition(); // the seed career frameworks
    const report = await run('staff', staffCsv, 'iso', true);
    // A grade is a rule of the career framework in force on the date, not a shape: "L9" is
    // refused when the row is written (see the next test), not by the dry run.
    expect(report).toMatchObject({ rows: 4, badRows: 1, eventsWritten: 0 });
    expect(report.problems).toEqual([
      { line: 5, column: 'zone', reason: 'is required' },
      { line: 5, column: 'start_date', reason: '"2021-13-01" is not a valid IsoDate' },
    ]);
    expect(await world.store.headPosition()).toBe(seeded);
  });

  it('writes the good rows, and importing the same file again writes nothing', async () => {
    const first = await run('staff', staffCsv, 'iso');
    expect(first).toMatchObject({ rows: 4, badRows: 2, eventsWritten: 2, unchanged: 0 });
    const head = await world.store.headPosition();
    const again = await run('staff', staffCsv, 'iso');
    expect(again).toMatchObject({ rows: 4, badRows: 2, eventsWritten: 0, unchanged: 2 });
    expect(await world.store.headPosition()).toBe(head);
  });

  it('a corrected row retracts the fact it replaces and records the new one, nothing else', async () => {
    await run('staff', staffCsv, 'iso');
    const quals = (gcse: string) =>
      `staff_id,qualification,awarded_on\ns1,GCSE Maths,${gcse}\ns1,GCSE English,2001-08-20\n`;
    expect(await run('qualifications', quals('2001-08-20'), 'iso')).toMatchObject({
      eventsWritten: 2,
    });
    const corrected = await run('qualifications', quals('2002-08-22'), 'iso');
    expect(corrected).toMatchObject({ rows: 2, unchanged: 1, corrected: 1, eventsWritten: 2 });
    const events = await world.events('staff-s1');
    const [retraction, recorded] = events.slice(-2);
    const replaced = events.find((e) => e.type === 'QualificationRecorded');
    expect(retraction).toMatchObject({
      type: 'FactRetracted',
      data: { retractedEventId: replaced?.eventId },
    });
    expect(recorded).toMatchObject({
      type: 'QualificationRecorded',
      data: { qualification: 'GCSE Maths', awardedOn: '2002-08-22' },
    });
    expect(await run('qualifications', quals('2002-08-22'), 'iso')).toMatchObject({
      unchanged: 2,
      eventsWritten: 0,
    });
    // Corrected again: only the standing version is retracted, not the one withdrawn before.
    const third = await run('qualifications', quals('2003-08-21'), 'iso');
    expect(third).toMatchObject({ badRows: 0, corrected: 1, eventsWritten: 2 });
    const [, retractedAgain] = (await world.events('staff-s1')).slice(-3);
    expect(retractedAgain?.data).toMatchObject({ retractedEventId: recorded?.eventId });
  });

  it('reads a file with a byte-order mark and UK dates as the same records as ISO dates', async () => {
    const uk =
      '\uFEFFstaff_id,job_family,grade,team,zone,weekly_hours,start_date\r\ns1,family-worker,L2,North,Zone A,37,1/4/2020\r\n';
    expect(await run('staff', uk, 'uk')).toMatchObject({ rows: 1, badRows: 0, eventsWritten: 1 });
    const [joined] = await world.events('staff-s1');
    expect(joined?.data).toMatchObject({ staffId: 's1', grade: 'L2', joinedOn: '2020-04-01' });
    const iso =
      'staff_id,job_family,grade,team,zone,weekly_hours,start_date\ns1,family-worker,L2,North,Zone A,37,2020-04-01\n';
    expect(await run('staff', iso, 'iso')).toMatchObject({ unchanged: 1, eventsWritten: 0 });
    expect(await run('staff', iso, 'uk')).toMatchObject({
      badRows: 1,
      problems: [
        { line: 2, column: 'start_date', reason: '"2020-04-01" is not a date as dd/mm/yyyy' },
      ],
    });
  });

  it('refuses a header with a missing or unknown column before reading any row', async () => {
    const report = await run(
      'qualifications',
      'staff_id,qualifcation,awarded_on\ns1,x,2020-01-01\n',
      'iso',
    );
    expect(report.rows).toBe(0);
    expect(report.problems.map((p) => [p.line, p.column])).toEqual([
      [1, 'qualification'],
      [1, 'qualifcation'],
    ]);
  });

  it('reports a rule refusal at the row: a qualification for someone not on the staff', async () => {
    const report = await run(
      'qualifications',
      'staff_id,qualification,awarded_on\nnobody,DipSW,2010-06-01\n',
      'iso',
    );
    expect(report.problems).toEqual([
      { line: 2, column: null, reason: expect.stringMatching(/^StaffNotFound: /) as unknown },
    ]);
  });

  it('reads quoted fields holding commas, quotes and line breaks as one cell', async () => {
    await run('staff', staffCsv, 'iso');
    const quals =
      'staff_id,qualification,awarded_on\n' +
      's1,"Diploma in Counselling, Level 4",2011-07-01\n' +
      's1,"The ""Advanced""\nChild Protection course",2012-03-01\n' +
      's1,NVQ 3,2013-13-13\n';
    const report = await run('qualifications', quals, 'iso');
    expect(report).toMatchObject({ rows: 3, eventsWritten: 2 });
    expect(report.problems).toEqual([
      { line: 5, column: 'awarded_on', reason: '"2013-13-13" is not a valid IsoDate' },
    ]);
    const recorded = (await world.events('staff-s1')).slice(-2).map((e) => e.data);
    expect(recorded).toMatchObject([
      { qualification: 'Diploma in Counselling, Level 4' },
      { qualification: 'The "Advanced"\nChild Protection course' },
    ]);
  });
});
