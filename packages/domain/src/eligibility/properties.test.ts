import { seedRules } from '../eligibility/rules';
import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEvent, encodeEvent } from '../events/codec';
import { instantOf } from '../primitives/time';
import type { RecordedFact } from '../recorded-fact';
import { event } from '../../test/build';
import { isoDate, isoDateTime } from '../../test/dates';
import { evaluate } from './evaluate';
import { axesArbitrary, historyArbitrary } from '../../test/history.arbitrary';
import { Verdict } from './verdict';

const run = (history: readonly RecordedFact[], axes: { effectiveOn: string; knownAt: string }) =>
  evaluate(history, seedRules, {
    effectiveOn: isoDate(axes.effectiveOn),
    knownAt: isoDateTime(axes.knownAt),
  });

const withShuffle = fc
  .tuple(historyArbitrary, axesArbitrary)
  .chain(([history, axes]) =>
    fc.tuple(
      fc.constant(history),
      fc.shuffledSubarray([...history], { minLength: history.length, maxLength: history.length }),
      fc.constant(axes),
    ),
  );

describe('eligibility properties', () => {
  it('the order the history is handed over in does not change the verdict (the log order decides)', () => {
    fc.assert(
      fc.property(withShuffle, ([history, shuffled, axes]) => {
        expect(run(shuffled, axes)).toEqual(run(history, axes));
      }),
      { numRuns: 150 },
    );
  });

  it('re-evaluating the same inputs gives the same verdict, byte for byte', () => {
    fc.assert(
      fc.property(historyArbitrary, axesArbitrary, (history, axes) => {
        const copy = history.map((f) => ({
          ...f,
          data: JSON.parse(JSON.stringify(f.data)) as typeof f.data,
        }));
        expect(JSON.stringify(run(copy, axes))).toBe(JSON.stringify(run(history, axes)));
      }),
      { numRuns: 150 },
    );
  });

  it('events recorded after knownAt make no difference', () => {
    fc.assert(
      fc.property(historyArbitrary, axesArbitrary, (history, axes) => {
        const known = history.filter((f) => instantOf(f.recordedAt) <= instantOf(axes.knownAt));
        expect(run(known, axes)).toEqual(run(history, axes));
      }),
      { numRuns: 150 },
    );
  });

  it('the explanation survives a JSON round trip through its codec, and inside an EligibilityAssessed event', () => {
    fc.assert(
      fc.property(historyArbitrary, axesArbitrary, (history, axes) => {
        const verdict = run(history, axes);
        expect(Verdict.decode(JSON.parse(JSON.stringify(verdict)))).toEqual(E.right(verdict));
        const assessed = event('EligibilityAssessed', {
          verdict,
          assessedBy: { id: 'tm-1', role: 'team-manager' },
        });
        const stored = JSON.parse(JSON.stringify(encodeEvent(assessed))) as ReturnType<
          typeof encodeEvent
        >;
        expect(decodeEvent(stored)).toEqual(E.right(assessed));
      }),
      { numRuns: 100 },
    );
  });

  it('every line rests only on events in the history, and unmet essentials make a not-eligible verdict', () => {
    fc.assert(
      fc.property(historyArbitrary, axesArbitrary, (history, axes) => {
        const verdict = run(history, axes);
        const ids = new Set(history.map((f) => f.eventId));
        for (const line of verdict.lines)
          for (const id of line.restedOn) expect(ids.has(id)).toBe(true);
        const unmetEssential = verdict.lines.some(
          (l) => l.importance === 'essential' && l.status === 'unmet',
        );
        if (verdict.lines.length > 0) expect(verdict.eligible).toBe(!unmetEssential);
        for (const line of verdict.lines)
          if (line.status === 'unmet') expect(line.missing).toBeTruthy();
      }),
      { numRuns: 150 },
    );
  });
});
