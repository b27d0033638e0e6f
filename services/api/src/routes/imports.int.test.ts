import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness';
import { hr, planner } from '../../test/people';

// The import route over real HTTP: a 1,000-row staff file with a few bad rows, checked, then
// written, then written again (nothing), as an HR system's export arrives.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(() => h.close());

// By file line (the header is line 1): the cells that spoil it.
const bad = new Map<number, { grade?: string; hours?: string; start?: string }>([
  [101, { grade: 'L1/L2' }],
  [402, { start: '31/02/2021' }],
  [777, { hours: 'lots' }],
]);
const staffFile = (): string => {
  const lines = ['staff_id,job_family,grade,team,zone,weekly_hours,start_date,name'];
  for (let i = 1; i <= 1000; i++) {
    const { grade = 'L1', hours = '37', start = '01/04/2020' } = bad.get(i + 1) ?? {};
    lines.push(
      `api-${i},family-worker,${grade},North,Zone A,${hours},${start},"Person ${i}, Esq."`,
    );
  }
  return lines.join('\r\n');
};

const post = (query: string, body: string, as = hr, type = 'text/csv') =>
  h.call('POST', `/imports?${query}`, { as, body, headers: { 'content-type': type } });

describe('POST /imports', () => {
  it('names exactly the bad rows in a dry run, writes the rest, and writes nothing again', async () => {
    const file = staffFile();
    const before = (await h.allEvents()).length;
    const dry = await post('kind=staff&dates=uk&dryRun=true', file);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ rows: 1000, badRows: 3, eventsWritten: 0, dryRun: true });
    expect(dry.body['problems']).toEqual([
      { line: 101, column: 'grade', reason: '"L1/L2" is not a valid Grade' },
      { line: 402, column: 'start_date', reason: '"31/02/2021" is not a valid IsoDate' },
      { line: 777, column: 'weekly_hours', reason: '"lots" is not a number' },
    ]);
    expect((await h.allEvents()).length).toBe(before);

    const written = await post('kind=staff&dates=uk', file);
    expect(written.body).toMatchObject({ rows: 1000, badRows: 3, eventsWritten: 997 });
    expect(written.body['problems']).toEqual(dry.body['problems']);
    expect((await h.allEvents()).length).toBe(before + 997);

    const again = await post('kind=staff&dates=uk', file);
    expect(again.body).toMatchObject({ badRows: 3, unchanged: 997, eventsWritten: 0 });
    expect((await h.allEvents()).length).toBe(before + 997);
  });

  it('is for HR admins, takes only a CSV file, and refuses a header it cannot read', async () => {
    expect((await post('kind=staff&dates=uk', 'staff_id\n', planner)).status).toBe(403);
    const json = await post('kind=staff&dates=uk', '{}', hr, 'application/json');
    expect(json.status).toBe(415);
    const kind = await post('kind=salaries&dates=uk', 'staff_id\n');
    expect([kind.status, kind.body['field']]).toEqual([400, 'kind']);
    const header = await post('kind=qualifications&dates=iso', 'staff_id,qualifcation\n');
    expect(header.status).toBe(400);
    expect(header.body['errors']).toEqual([
      { in: 'body', field: 'qualification', message: 'is a required column and missing' },
      { in: 'body', field: 'awarded_on', message: 'is a required column and missing' },
      {
        in: 'body',
        field: 'qualifcation',
        message: 'is not a column of qualifications files (see docs/import.md)',
      },
    ]);
  });
});
