import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../test/dates';
import { addMonths, IsoDate, IsoDateTime, monthsBetween, utcDateOf } from './time';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(E.isRight(IsoDate.decode('2024-02-29'))).toBe(true);
    expect(E.isLeft(IsoDate.decode('2023-02-29'))).toBe(true);
    expect(E.isLeft(IsoDate.decode('2024-13-01'))).toBe(true);
    expect(E.isLeft(IsoDateTime.decode('2024-06-01T09:00:00'))).toBe(true);
  });

  it('adds months, clamping to the end of the month', () => {
    expect(addMonths(isoDate('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(isoDate('2024-06-01'), -12)).toBe('2023-06-01');
    expect(addMonths(isoDate('2024-03-31'), -13)).toBe('2023-02-28');
  });

  it('counts whole months between dates', () => {
    expect(monthsBetween(isoDate('2021-01-04'), isoDate('2024-06-01'))).toBe(40);
    expect(monthsBetween(isoDate('2024-01-15'), isoDate('2024-02-14'))).toBe(0);
  });

  it('the UTC date of an instant with an offset', () => {
    expect(utcDateOf('2024-06-01T00:30:00+01:00')).toBe('2024-05-31');
  });

  it('n months after a date is n whole months later (days 1–28)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2060 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 600 }),
        (y, m, d, n) => {
          const date = isoDate(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
          expect(monthsBetween(date, addMonths(date, n))).toBe(n);
          expect(addMonths(addMonths(date, n), -n)).toBe(date);
        },
      ),
    );
  });
});
