import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvLine } from './csv-line';
import { flattenTable } from './table-rows';

describe('a CSV line of an export', () => {
  it('quotes what needs quoting and reads back as the same cells', () => {
    const line = csvLine(['North, East', 'say "hi"', 'two\nlines', 37.5, true, null]);
    expect(parse(line)).toEqual([['North, East', 'say "hi"', 'two\nlines', '37.5', 'true', '']]);
  });

  it('turns a cell a spreadsheet would run as a formula into text', () => {
    expect(csvLine(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', -3])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),-3\r\n`,
    );
  });
});

describe('a planner table flattened', () => {
  it('puts the group first, withheld figures as empty cells, and says which rows were withheld', () => {
    const flat = flattenTable([
      { group: { team: 'North' }, count: 12, fte: 11.2 },
      { group: { team: 'South' }, count: null, fte: null, suppressed: true },
      {
        group: { team: 'West' },
        count: 6,
        unmetEssentials: [
          { criterion: 'pdr', count: null },
          { criterion: 'DipSW', count: 6 },
        ],
      },
    ]);
    expect(flat.header).toEqual(['team', 'count', 'fte', 'unmetEssentials', 'suppressed']);
    expect(flat.rows).toEqual([
      ['North', 12, 11.2, null, 'no'],
      ['South', null, null, null, 'yes'],
      ['West', 6, null, 'pdr: withheld; DipSW: 6', 'no'],
    ]);
  });
});
