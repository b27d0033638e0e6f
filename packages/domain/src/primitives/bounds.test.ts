import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primitiveBounds } from './bounds';
import { PositiveInteger, WeeklyHours } from './numbers';
import { NonEmptyString } from './strings';
import { ServiceArea } from '../service-area';
import { Grade, JobFamily } from '../frameworks/codes';

// The published bounds must say what the refinements check: the same verdict on every value.

const bounds = (codec: unknown) => {
  const b = [...primitiveBounds.entries()].find(([c]) => c === codec)?.[1];
  if (b === undefined) throw new Error('no bounds');
  return b;
};

const withinNumber = (b: Readonly<Record<string, string | number>>, n: number): boolean =>
  Number.isFinite(n) &&
  (b['type'] !== 'integer' || Number.isInteger(n)) &&
  (typeof b['minimum'] !== 'number' || n >= b['minimum']) &&
  (typeof b['exclusiveMinimum'] !== 'number' || n > b['exclusiveMinimum']) &&
  (typeof b['maximum'] !== 'number' || n <= b['maximum']);

const numbers = fc.oneof(
  fc.integer({ min: -5, max: 400 }),
  fc.double({ min: -5, max: 400, noNaN: true }),
  fc.constantFrom(0, 1, 168, 168.0001, 0.0001, -0, Number.MAX_SAFE_INTEGER),
);

describe('primitive bounds', () => {
  it.each([
    ['PositiveInteger', PositiveInteger],
    ['WeeklyHours', WeeklyHours],
  ] as const)('%s: the bounds accept exactly what the refinement accepts', (_name, codec) => {
    const b = bounds(codec);
    fc.assert(
      fc.property(numbers, (n) => {
        expect(withinNumber(b, n)).toBe(codec.is(n));
      }),
    );
  });

  it('NonEmptyString: the pattern accepts exactly what the refinement accepts', () => {
    const b = bounds(NonEmptyString);
    const pattern = new RegExp(String(b['pattern']));
    const texts = fc.oneof(
      fc.string(),
      fc.string({
        unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '\u3000', 'a'),
      }),
    );
    fc.assert(
      fc.property(texts, (s) => {
        expect(s.length >= Number(b['minLength']) && pattern.test(s)).toBe(NonEmptyString.is(s));
      }),
    );
  });

  it('ServiceArea: the pattern and length accept exactly what the refinement accepts', () => {
    const b = bounds(ServiceArea);
    const pattern = new RegExp(String(b['pattern']));
    const texts = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('a', 'z', '0', '-', 'C', ' ', '’'), maxLength: 80 }),
      fc.constantFrom('childrens-services', 'adult-social-care', 'a'.repeat(65), '-x', 'x-'),
    );
    fc.assert(
      fc.property(texts, (s) => {
        expect(s.length <= Number(b['maxLength']) && pattern.test(s)).toBe(ServiceArea.is(s));
      }),
    );
  });
});

describe('family and grade codes', () => {
  it.each([
    ['JobFamily', JobFamily],
    ['Grade', Grade],
  ] as const)(
    '%s: the published pattern accepts exactly what the refinement accepts',
    (_n, codec) => {
      const pattern = new RegExp(String(bounds(codec)['pattern']));
      const codes = fc.oneof(
        fc.string({ maxLength: 45 }),
        fc.string({ unit: fc.constantFrom('a', 'Z', '1', '-', ' ', '.', '_'), maxLength: 45 }),
      );
      fc.assert(
        fc.property(codes, (s) => {
          expect(pattern.test(s)).toBe(codec.is(s));
        }),
      );
    },
  );
});
