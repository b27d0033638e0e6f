import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness';
import { auditor, hr, join, planner } from '../../test/people';

// The export routes over real HTTP: the same figures as the JSON routes (small-number rule
// included), as a named CSV download, for the same roles.

let h: Harness;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  h = await startHarness();
  for (let i = 1; i <= 6; i++) await join(h, `big-${i}`, { team: 'north-early-help' });
  for (let i = 1; i <= 2; i++) await join(h, `small-${i}`, { team: 'south-early-help' });
  for (let i = 1; i <= 5; i++) await join(h, `mid-${i}`, { team: 'east-early-help' });
}, 60_000);
afterAll(() => h.close());

const csvRows = (text: unknown) =>
  parse<Record<string, string>>(String(text), { bom: true, columns: true });

describe('exports', () => {
  it('headcount as CSV carries the figures the API publishes, small counts withheld', async () => {
    const query = `asOf=${today}&groupBy=team`;
    const res = await h.call('GET', `/exports/workforce/headcount?${query}`, { as: planner });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="headcount-${today}.csv"`,
    );
    const json = await h.call('GET', `/workforce/headcount?${query}`, { as: planner });
    const published = json.body['rows'] as { group: { team: string }; count: number | null }[];
    const rows = csvRows(res.body['value']);
    expect(rows.map((r) => [r.team, r.count === '' ? null : Number(r.count)])).toEqual([
      ...published.map((r) => [r.group.team, r.count]),
      ['total', json.body['total']],
    ]);
    // Two people in the south team: withheld, and so is the next smallest (the total shows).
    expect(rows.find((r) => r.team === 'south-early-help')).toMatchObject({
      count: '',
      suppressed: 'yes',
    });
    expect(rows.find((r) => r.team === 'east-early-help')).toMatchObject({ suppressed: 'yes' });
    expect(rows.find((r) => r.team === 'north-early-help')).toMatchObject({ count: '6' });
  });

  it("one person's audit trail as CSV: every event of theirs, in order, hash-chained", async () => {
    const res = await h.call('GET', '/exports/audit?staffId=big-1', { as: auditor });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="audit-big-1.csv"');
    const rows = csvRows(res.body['value']);
    const events = (await h.allEvents()).filter((e) => e.streamName === 'staff-big-1');
    expect(rows.map((r) => r.event_id)).toEqual(events.map((e) => e.eventId));
    expect(rows[0]?.type).toBe('StaffJoined');
  });

  it('every planner table and the audit trail as an Excel workbook holding the CSV file’s cells', async () => {
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const files = [
      ['/exports/workforce/headcount', `asOf=${today}&groupBy=team`, planner, 'headcount'],
      ['/exports/workforce/vacancies', `asOf=${today}`, planner, 'vacancies'],
      ['/exports/workforce/pipeline', `asOf=${today}`, hr, 'pipeline'],
      ['/exports/workforce/expiring', `asOf=${today}&withinDays=365`, planner, 'expiring'],
      ['/exports/audit', 'staffId=mid-1', auditor, 'audit'],
    ] as const;
    for (const [path, query, as, sheet] of files) {
      const csv = await h.call('GET', `${path}?${query}`, { as });
      const res = await fetch(`${h.url}${path}?${query}&format=xlsx`, {
        headers: { authorization: `Bearer ${await h.token(as)}` },
      });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe(xlsx);
      expect(res.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="${sheet}[\\w.-]*\\.xlsx"$`),
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      const rows: string[][] = parse(String(csv.body['value']), { bom: true });
      const workbookSheet = book.getWorksheet(sheet);
      expect(workbookSheet?.rowCount, path).toBe(rows.length);
      // Cell by cell as the CSV file writes it: a withheld figure is an empty cell in both.
      const read = rows.map((r, i) =>
        r.map((_, c) => {
          const value = workbookSheet?.getRow(i + 1).getCell(c + 1).value;
          return typeof value === 'string' ||
            typeof value === 'number' ||
            typeof value === 'boolean'
            ? String(value)
            : '';
        }),
      );
      expect(read, path).toEqual(rows);
    }
  });

  it('answers only the roles the JSON routes answer, and refuses a table it does not know', async () => {
    expect((await h.call('GET', '/exports/audit', { as: planner })).status).toBe(403);
    expect((await h.call('GET', '/exports/workforce/pipeline', { as: auditor })).status).toBe(403);
    expect((await h.call('GET', '/exports/workforce/pipeline', { as: hr })).status).toBe(200);
    const unknown = await h.call('GET', '/exports/workforce/salaries', { as: planner });
    expect(unknown.status).toBe(400);
    expect(unknown.body['field']).toBe('table');
  });
});
