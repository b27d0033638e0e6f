import { seedFrameworks } from '../frameworks/seeds';
import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEvent, encodeEvent } from '../events/codec';
import { historyArbitrary } from '../../test/history.arbitrary';
import { isStaffEvent } from '../events/guards';
import type { RecordedFact } from '../recorded-fact';
import { hydrate } from './hydrate';
import { staffDecider } from './staff';

// Facts that only add evidence commute: folding them in any order gives the same state.
const evidenceOnly = (f: RecordedFact) =>
  [
    'QualificationRecorded',
    'TrainingCompleted',
    'AssessmentRecorded',
    'ExperienceEvidenced',
    'RegistrationRecorded',
    'PdrRecorded',
  ].includes(f.type);

describe('decider and codec properties', () => {
  it('every recorded payload decodes and re-encodes to the same JSON', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        for (const fact of history) {
          const decoded = decodeEvent(fact);
          if (E.isLeft(decoded)) throw new Error(decoded.left.message);
          expect(encodeEvent(decoded.right)).toEqual({
            type: fact.type,
            schemaVersion: fact.schemaVersion,
            data: fact.data,
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('evidence recorded in any order folds to the same staff state', () => {
    const staffHistory = historyArbitrary.map((h) =>
      h.filter((f) => f.streamName === 'staff-fw-1'),
    );
    const shuffled = staffHistory.chain((h) => {
      const [joined, ...rest] = h.filter((f) => f.type === 'StaffJoined' || evidenceOnly(f));
      return fc.tuple(
        fc.constant(h),
        fc
          .shuffledSubarray(rest, { minLength: rest.length, maxLength: rest.length })
          .map((r) => (joined ? [joined, ...r] : r)),
      );
    });
    fc.assert(
      fc.property(shuffled, ([history, reordered]) => {
        const inLogOrder = history.filter((f) => f.type === 'StaffJoined' || evidenceOnly(f));
        const a = hydrate(staffDecider(seedFrameworks), isStaffEvent, inLogOrder);
        const b = hydrate(staffDecider(seedFrameworks), isStaffEvent, reordered);
        const normalise = (s: typeof a) =>
          E.isRight(s) && s.right.status !== 'not-joined'
            ? {
                ...s.right,
                pdrs: [...s.right.pdrs].sort((x, y) =>
                  `${x.period} ${x.eventId ?? ''}`.localeCompare(`${y.period} ${y.eventId ?? ''}`),
                ),
              }
            : s;
        expect(normalise(b)).toEqual(normalise(a));
      }),
      { numRuns: 100 },
    );
  });
});
