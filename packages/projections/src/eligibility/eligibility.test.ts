import type Database from 'better-sqlite3';
import { describe, it } from 'vitest';
import {
  StreamId,
  familyWorkerFramework,
  familyWorkerPolicyV1,
  type RecordedFact,
} from '@ladder/domain';
import { event, familyWorkerLevel1, logBuilder } from '@ladder/domain/testing';
import { projectionSpec } from '../../test/spec';
import { eligibilityProjection } from './projection';

// The seed scenario's family worker (docs/domain.md), after the family's framework and policy
// were published.
const history = (options: { withVacancy?: boolean; leftOn?: string } = {}): RecordedFact[] => {
  const policy = logBuilder();
  // The family's ladder (its career framework), then its policy.
  policy.record(
    StreamId.framework('family-worker'),
    event('CareerFrameworkPublished', {
      document: familyWorkerFramework,
      publishedOn: '2017-07-20',
    }),
    { recordedAt: '2017-07-20T09:00:00Z', eventId: 'framework-fw-1' },
  );
  policy.record(
    StreamId.policy('family-worker'),
    event('PolicyVersionPublished', { document: familyWorkerPolicyV1, publishedOn: '2020-01-01' }),
    { recordedAt: '2020-01-01T09:00:00Z', eventId: 'policy-fw-1' },
  );
  const worker = familyWorkerLevel1({ withVacancy: options.withVacancy ?? false });
  if (options.leftOn !== undefined)
    worker.record(StreamId.staff('fw-1'), event('StaffLeft', { leftOn: options.leftOn }), {
      recordedAt: `${options.leftOn}T17:30:00Z`,
    });
  // One log: the framework and policy first, then the worker's facts, positions in that order.
  return [...policy.facts, ...worker.facts].map((f, i) => ({ ...f, position: BigInt(i + 1) }));
};

const stored = projectionSpec(eligibilityProjection);
const verdicts = (db: Database.Database) =>
  db
    .prepare(
      `SELECT staff_id, effective_on, known_at, outcome, eligible, holds_until FROM eligibility_verdict`,
    )
    .all();

describe('eligibility: each person’s verdict as of now, and until when it holds', () => {
  it('an eligible family worker’s verdict holds until the CPD it rests on is a year old', () => {
    stored.givenLog(history({ withVacancy: true })).thenQuery(verdicts, [
      {
        staff_id: 'fw-1',
        // "Now" for this person: the latest date and recording among their facts and the
        // vacancy that concerns them (opened 2024-05-01, recorded that evening).
        effective_on: '2024-05-01',
        known_at: '2024-05-01T17:30:00Z',
        outcome: 'eligible',
        eligible: 1,
        holds_until: '2025-02-10',
      },
    ]);
  });

  it('without a vacancy the worker is not eligible, and that too changes when the CPD ages out', () => {
    stored.givenLog(history()).thenQuery(verdicts, [
      {
        staff_id: 'fw-1',
        effective_on: '2024-04-15',
        known_at: '2024-04-15T17:30:00Z',
        outcome: 'not-eligible',
        eligible: 0,
        holds_until: '2025-02-10',
      },
    ]);
  });

  it('a leaver has no verdict stored', () => {
    stored.givenLog(history({ withVacancy: true, leftOn: '2024-06-30' })).thenQuery(verdicts, []);
  });
});
