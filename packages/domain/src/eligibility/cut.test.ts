import { describe, expect, it } from 'vitest';
import { StreamId } from '../streams';
import { event, logBuilder } from '../../test/build';
import { isoDate } from '../../test/dates';
import { standingsAt } from './cut';

// The auditor's view of the cut "as known at R, on E": every known fact, marked as the rules
// read it.

const staff = StreamId.staff('fw-1');

const given = () => {
  const log = logBuilder();
  log.record(staff, event('TrainingCompleted', { course: 'cpd', completedOn: '2024-03-01' }), {
    recordedAt: '2024-03-02T09:00:00Z',
    eventId: 'cpd',
  });
  log.record(
    staff,
    event('TrainingCompleted', { course: 'counselling', completedOn: '2024-05-01' }),
    { recordedAt: '2024-05-02T09:00:00Z', eventId: 'counselling' },
  );
  log.record(
    staff,
    event('FactRetracted', {
      retractedEventId: 'cpd',
      retractedOn: '2024-06-20',
      reason: 'keyed against the wrong person',
    }),
    { recordedAt: '2024-06-20T10:00:00Z', eventId: 'retraction' },
  );
  return log.facts;
};

describe('standings at a cut', () => {
  it('given a fact retracted later, when asked as known before the retraction, then it is in effect', () => {
    expect(
      standingsAt(given(), { effectiveOn: isoDate('2024-04-01'), knownAt: '2024-06-01T00:00:00Z' }),
    ).toEqual([
      { eventId: 'cpd', retracted: false, inEffect: true },
      // known, but not yet true on E
      { eventId: 'counselling', retracted: false, inEffect: false },
    ]);
  });

  it('given a fact retracted, when asked as known after, then it is retracted and the retraction is in effect from its date', () => {
    expect(
      standingsAt(given(), { effectiveOn: isoDate('2024-07-01'), knownAt: '2024-07-01T00:00:00Z' }),
    ).toEqual([
      { eventId: 'cpd', retracted: true, inEffect: false },
      { eventId: 'counselling', retracted: false, inEffect: true },
      { eventId: 'retraction', retracted: false, inEffect: true },
    ]);
  });
});
