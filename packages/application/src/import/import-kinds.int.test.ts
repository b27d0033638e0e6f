import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askedBy, hr, openWorld, type World } from '../../test/world';
import { importCsv } from './import-csv';
import { importKindNamed } from './kinds';

// The kinds whose row is more than one fact about one person: names (personal data), line
// management on the manager's stream, and vacancies with their own streams and later steps.

let world: World;
beforeEach(async () => {
  world = await openWorld();
});
afterEach(() => world.close());

const run = (kindName: string, text: string, dryRun = false) => {
  const kind = importKindNamed(kindName);
  if (kind === undefined) throw new Error(kindName);
  return importCsv(world.store, [Buffer.from(text, 'utf8')], {
    kind,
    dates: 'uk',
    dryRun,
    request: askedBy(hr),
  });
};

const staff = [
  'staff_id,job_family,grade,team,zone,weekly_hours,start_date,name,date_of_birth',
  'm1,family-worker,L2,North,Zone A,37,01/04/2018,Jo Manager,',
  'm2,family-worker,L1,North,Zone A,37,01/04/2018,,',
  'r1,family-worker,L1,North,Zone A,37,01/04/2020,Sam Report,02/03/1990',
  'r2,family-worker,L1,North,Zone A,37,01/04/2020,Ali Report,31/02/1990',
].join('\n');

describe('importing names, line management and vacancies', () => {
  it('carries a name and date of birth under personal, apart from the facts', async () => {
    const report = await run('staff', staff);
    expect(report.problems).toEqual([
      { line: 5, column: 'date_of_birth', reason: '"31/02/1990" is not a valid IsoDate' },
    ]);
    const [joined] = await world.events('staff-r1');
    expect(joined?.data).toMatchObject({
      staffId: 'r1',
      personal: { name: 'Sam Report', dateOfBirth: '1990-03-02' },
    });
    const [unnamed] = await world.events('staff-m2');
    expect(unnamed?.data).not.toHaveProperty('personal');
  });

  it('records lines on the manager’s stream, ends them when `to` comes later, refuses what the rules refuse', async () => {
    await run('staff', staff);
    const lines = (to: string) =>
      [
        'manager_id,report_id,from,to',
        `m1,r1,01/05/2020,${to}`,
        'm2,r1,01/05/2020,', // Level 1 manages nobody
        'm1,r1,01/05/2020,01/01/2020', // ends before it began
        'm1,,01/05/2020,',
        'm 1,r1,01/05/2020,',
      ].join('\n');
    const dry = await run('line-management', lines(''), true);
    expect(dry.problems).toEqual([
      { line: 4, column: 'to', reason: 'is before the day in from' },
      { line: 5, column: 'report_id', reason: 'is required' },
      {
        line: 6,
        column: 'manager_id',
        reason:
          '"m 1" cannot be an id: letters, digits and _ . : - only, starting with a letter or digit',
      },
    ]);
    const first = await run('line-management', lines(''));
    expect(first).toMatchObject({ rows: 5, badRows: 4, eventsWritten: 1 });
    expect(first.problems[0]).toMatchObject({
      line: 3,
      column: null,
      reason: expect.stringMatching(/^SpanOfControlExceeded: /) as unknown,
    });
    expect((await world.events('staff-m1')).at(-1)).toMatchObject({
      type: 'LineManagerAssigned',
      data: { managerId: 'm1', reportId: 'r1', assignedOn: '2020-05-01' },
    });
    // The line ends in a later file: only the ending is written.
    const ended = await run('line-management', lines('31/03/2023'));
    expect(ended).toMatchObject({ eventsWritten: 1, unchanged: 0 });
    expect((await world.events('staff-m1')).at(-1)).toMatchObject({
      type: 'LineManagementEnded',
      data: { reportId: 'r1', endedOn: '2023-03-31' },
    });
    expect(await run('line-management', lines('31/03/2023'))).toMatchObject({
      eventsWritten: 0,
      unchanged: 1,
    });
  });

  it('opens posts, fills or withdraws them, and a later file writes only the new step', async () => {
    await run('staff', staff);
    const staffHead = await world.store.headPosition();
    const header =
      'vacancy_id,job_family,grade,service_area,team,zone,opened_on,filled_on,filled_by,withdrawn_on,withdrawn_reason';
    const cs = 'childrens-services';
    const posts = (v2: string) =>
      [
        header,
        `v1,family-worker,L2,${cs},North,Zone A,01/01/2021,01/03/2021,r1,,`,
        `v2,family-worker,L3,${cs},North,Zone A,01/01/2021,${v2}`,
        `v3,family-worker,L2,${cs},North,Zone A,01/01/2021,01/03/2021,r2,01/04/2021,cut`,
        `v4,family-worker,L7,${cs},North,Zone A,01/01/2021,01/03/2021,,,`,
      ].join('\n');
    const dry = await run('vacancies', posts(',,,'), true);
    expect(dry.problems).toEqual([
      { line: 4, column: 'withdrawn_on', reason: 'a post is filled or withdrawn, not both' },
      { line: 5, column: 'filled_by', reason: 'is required with filled_on' },
    ]);
    expect(await world.store.headPosition()).toBe(staffHead);
    const unscoped = [
      header,
      "v5,family-worker,L2,Children's Services,North,Zone A,01/01/2021,,,,",
    ];
    expect((await run('vacancies', unscoped.join('\n'), true)).problems).toEqual([
      {
        line: 2,
        column: 'service_area',
        reason: '"Children\'s Services" is not a valid ServiceArea',
      },
    ]);
    const first = await run('vacancies', posts(',,,'));
    expect(first).toMatchObject({ rows: 4, badRows: 2, eventsWritten: 3 });
    expect((await world.events('vacancy-v1')).map((e) => e.type)).toEqual([
      'VacancyOpened',
      'VacancyFilled',
    ]);
    const withdrawn = await run('vacancies', posts(',,01/06/2021,budget moved to v1'));
    expect(withdrawn).toMatchObject({ eventsWritten: 1, unchanged: 1 });
    expect((await world.events('vacancy-v2')).at(-1)).toMatchObject({
      type: 'VacancyWithdrawn',
      data: { withdrawnOn: '2021-06-01', reason: 'budget moved to v1' },
    });
    expect(await run('vacancies', posts(',,01/06/2021,budget moved to v1'))).toMatchObject({
      eventsWritten: 0,
      unchanged: 2,
    });
  });
});
