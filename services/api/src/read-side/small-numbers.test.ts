import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  shownCount,
  shownPair,
  smallestShownCount,
  suppressRows,
  withheldRows,
  type CountedRow,
} from './small-numbers';

const row = (team: string, count: number, more: Record<string, unknown> = {}): CountedRow => ({
  group: { team },
  count,
  ...more,
});

describe('small-number suppression', () => {
  it('withholds counts of 1 to 4 people and shows 0 and 5 or more', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map(shownCount)).toEqual([
      0,
      null,
      null,
      null,
      null,
      5,
      6,
      40,
    ]);
    expect(smallestShownCount).toBe(5);
  });

  it('withholds both halves of a pair when either is small', () => {
    expect(shownPair(9, 1)).toEqual([null, null]);
    expect(shownPair(0, 7)).toEqual([0, 7]);
    expect(shownPair(5, 6)).toEqual([5, 6]);
  });

  it('given a table with its total and one small row, when published, then the next smallest row is withheld too', () => {
    const rows = [row('north', 12), row('south', 2), row('east', 7), row('west', 30)];
    const shown = suppressRows(rows, { withTotal: true });
    expect(shown.map((r) => r.count)).toEqual([12, null, null, 30]);
    expect(shown.filter((r) => r.suppressed === true).map((r) => r.group['team'])).toEqual([
      'south',
      'east',
    ]);
  });

  it('given a table without a total, when published, then only small rows are withheld', () => {
    const shown = suppressRows([row('north', 12), row('south', 2)], { withTotal: false });
    expect(shown.map((r) => r.count)).toEqual([12, null]);
  });

  it('withholds every measure of a withheld row, even one it does not know by name', () => {
    const [shown] = suppressRows(
      [row('north', 1, { fte: 0.6, earliestDueOn: '2025-01-01', unmet: [{ c: 'x', count: 1 }] })],
      { withTotal: false },
    );
    expect(shown).toEqual({
      group: { team: 'north' },
      count: null,
      fte: null,
      earliestDueOn: null,
      unmet: [],
      suppressed: true,
    });
  });

  it('never lets a withheld count be recovered from the total by subtraction', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { maxLength: 8 }), (counts) => {
        const withheld = withheldRows(counts, true);
        for (const [i, n] of counts.entries())
          if (!withheld.has(i)) expect(n === 0 || n >= smallestShownCount).toBe(true);
        const nonZero = counts.filter((n) => n > 0).length;
        // One withheld row among others would be the total minus the shown ones.
        if (withheld.size > 0 && nonZero > 1) expect(withheld.size).toBeGreaterThan(1);
      }),
    );
  });
});
