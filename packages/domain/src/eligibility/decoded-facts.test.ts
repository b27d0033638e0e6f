import { seedRules } from '../eligibility/rules';
import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../events/codec';
import { instantOf, utcDateOf } from '../primitives/time';
import type { RecordedFact } from '../recorded-fact';
import { isoDate, isoDateTime } from '../../test/dates';
import { decodeFacts } from './decoded-facts';
import { evaluate, evaluateDecoded } from './evaluate';
import { axesArbitrary, historyArbitrary } from '../../test/history.arbitrary';
import { knownFacts, type Axes, type KnownFact } from './known-facts';

// Some envelopes the evaluator must leave out: a payload that does not decode, a type it
// does not know, dates that do not parse on either axis.
const spoilers: readonly ((f: RecordedFact) => RecordedFact)[] = [
  (f) => ({ ...f, data: { unexpected: true } }),
  (f) => ({ ...f, type: 'SomethingElse' }),
  (f) => ({ ...f, effectiveAt: 'not a date' }),
  (f) => ({ ...f, recordedAt: 'not a date' }),
  (f) => ({ ...f, schemaVersion: 99 }),
];

const spoiledHistory = fc
  .tuple(
    historyArbitrary,
    fc.array(fc.record({ at: fc.nat(), how: fc.nat({ max: spoilers.length - 1 }) }), {
      maxLength: 3,
    }),
  )
  .map(([history, spoils]) => {
    const facts = [...history];
    for (const { at, how } of spoils) {
      const i = at % facts.length;
      const spoil = spoilers[how];
      const fact = facts[i];
      if (spoil !== undefined && fact !== undefined) facts[i] = spoil(fact);
    }
    return facts;
  });

/**
 * The reading of "known at R, true on E" as written before facts could be decoded ahead:
 * filter by recording time, sort into log order, then decode. Kept here as the reference
 * the decoded path must agree with.
 */
const referenceKnownFacts = (history: readonly RecordedFact[], { effectiveOn, knownAt }: Axes) => {
  const cutoff = instantOf(knownAt);
  const known = history
    .filter((f) => instantOf(f.recordedAt) <= cutoff)
    .sort((a, b) =>
      a.position !== b.position
        ? a.position < b.position
          ? -1
          : 1
        : a.eventId < b.eventId
          ? -1
          : a.eventId > b.eventId
            ? 1
            : 0,
    );
  const decoded: KnownFact[] = [];
  const unreadable: string[] = [];
  for (const f of known) {
    const event = decodeEvent(f);
    if (E.isLeft(event) || Number.isNaN(instantOf(f.effectiveAt))) unreadable.push(f.eventId);
    else
      decoded.push({
        eventId: f.eventId,
        streamName: f.streamName,
        position: f.position,
        recordedAt: f.recordedAt,
        effectiveOn: utcDateOf(f.effectiveAt),
        event: event.right,
      });
  }
  const retracted = new Set<string>(
    decoded.flatMap((f) =>
      f.event.type === 'FactRetracted' ? [f.event.data.retractedEventId] : [],
    ),
  );
  const facts = decoded.filter(
    (f) =>
      f.event.type !== 'FactRetracted' && !retracted.has(f.eventId) && f.effectiveOn <= effectiveOn,
  );
  return { facts, unreadable };
};

const options = (axes: { effectiveOn: string; knownAt: string }) => ({
  effectiveOn: isoDate(axes.effectiveOn),
  knownAt: isoDateTime(axes.knownAt),
});

describe('facts decoded once', () => {
  it('evaluateDecoded(decodeFacts(history)) gives the verdict evaluate gives, byte for byte, for every date asked', () => {
    fc.assert(
      fc.property(
        fc.oneof(historyArbitrary, spoiledHistory),
        fc.array(axesArbitrary, { minLength: 1, maxLength: 4 }),
        (history, asked) => {
          // One decoding serves every date and instant asked about, as a cache would use it.
          const decoded = decodeFacts(history);
          for (const axes of asked)
            expect(JSON.stringify(evaluateDecoded(decoded, seedRules, options(axes)))).toBe(
              JSON.stringify(evaluate(history, seedRules, options(axes))),
            );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the facts known from a decoded history are the ones the filter-sort-decode reading gives', () => {
    fc.assert(
      fc.property(
        spoiledHistory,
        fc.array(axesArbitrary, { minLength: 1, maxLength: 3 }),
        (history, asked) => {
          // Handed over out of log order, so the sort matters.
          const reversed = [...history].reverse();
          for (const axes of asked)
            expect(knownFacts(reversed, options(axes))).toEqual(
              referenceKnownFacts(reversed, options(axes)),
            );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a history decoded in parts and handed over in any order gives the same verdict', () => {
    fc.assert(
      fc.property(spoiledHistory, axesArbitrary, fc.nat(), (history, axes, cut) => {
        const at = cut % (history.length + 1);
        const parts = [...decodeFacts(history.slice(at)), ...decodeFacts(history.slice(0, at))];
        expect(JSON.stringify(evaluateDecoded(parts, seedRules, options(axes)))).toBe(
          JSON.stringify(evaluate(history, seedRules, options(axes))),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('spoiled envelopes are reported as unreadable, not taken as evidence', () => {
    fc.assert(
      fc.property(spoiledHistory, axesArbitrary, (history, axes) => {
        const { facts, unreadable } = knownFacts(history, options(axes));
        const spoiled = history.filter(
          (f) =>
            f.type === 'SomethingElse' ||
            f.schemaVersion === 99 ||
            f.effectiveAt === 'not a date' ||
            (typeof f.data === 'object' && f.data !== null && 'unexpected' in f.data),
        );
        for (const f of spoiled) expect(facts.map((k) => k.eventId)).not.toContain(f.eventId);
        for (const f of spoiled)
          if (f.recordedAt !== 'not a date' && Date.parse(f.recordedAt) <= Date.parse(axes.knownAt))
            expect(unreadable).toContain(f.eventId);
      }),
      { numRuns: 100 },
    );
  });
});
