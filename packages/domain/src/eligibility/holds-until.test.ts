import { seedFrameworks } from '../frameworks/seeds';
import { describe, expect, it } from 'vitest';
import { event, logBuilder } from '../../test/build';
import { isoDate, isoDateTime } from '../../test/dates';
import { familyWorkerLevel1 } from '../../test/seed-scenarios';
import { policiesKnownAt } from '../policies/select';
import { familyWorkerPolicyV1 } from '../policies/seeds';
import type { RecordedFact } from '../recorded-fact';
import { StreamId } from '../streams';
import { decodeFacts } from './decoded-facts';
import { evaluateDecoded } from './evaluate';
import {
  holdsUntil,
  holdsUntilLimits,
  verdictSignature,
  type HoldsUntilLimits,
} from './holds-until';

// given(history).on(date).holdsUntil(date | null): the verdict on a date, as known once
// everything was recorded, holds until the first later date on which time alone changes it.

const KNOWN_AT = '2030-01-01T00:00:00Z';

/** The family worker policy, published before anyone asks (its facts bound the answer too). */
const policyFacts = (): RecordedFact[] => {
  const log = logBuilder();
  log.record(
    StreamId.policy('family-worker'),
    event('PolicyVersionPublished', { document: familyWorkerPolicyV1, publishedOn: '2020-01-01' }),
    { recordedAt: '2020-01-01T09:00:00Z', eventId: 'policy-fw-1' },
  );
  return log.facts;
};

const given = (history: readonly RecordedFact[]) => ({
  on: (effectiveOn: string, limits: HoldsUntilLimits = holdsUntilLimits) => {
    const published = policyFacts();
    const policies = policiesKnownAt(published, KNOWN_AT);
    const decoded = decodeFacts(history);
    const verdictOn = (date: string) =>
      evaluateDecoded(
        decoded,
        { policies, frameworks: seedFrameworks },
        {
          effectiveOn: isoDate(date),
          knownAt: isoDateTime(KNOWN_AT),
          staffId: 'fw-1',
        },
      );
    const verdict = verdictOn(effectiveOn);
    const answer = holdsUntil(
      {
        verdict,
        history,
        decoded,
        policyFacts: published,
        rules: { policies, frameworks: seedFrameworks },
      },
      limits,
    );
    return {
      verdict,
      /** The expected answer, and (for a date) that the verdict really is different on it. */
      holdsUntil: (expected: string | null) => {
        expect(answer).toBe(expected);
        if (expected !== null && limits === holdsUntilLimits)
          expect(verdictSignature(verdictOn(expected))).not.toBe(verdictSignature(verdict));
      },
      /** Every day from the verdict's date to the day before the answer gives the same verdict. */
      sameEveryDayUntilThen: () => {
        const end = answer ?? '2026-01-01';
        for (let d = new Date(`${effectiveOn}T00:00:00Z`); ; d.setUTCDate(d.getUTCDate() + 1)) {
          const day = d.toISOString().slice(0, 10);
          if (day >= end) break;
          expect(verdictSignature(verdictOn(day)), day).toBe(verdictSignature(verdict));
        }
      },
    };
  },
});

describe('until when a verdict holds', () => {
  it('an eligible family worker stays eligible until the first evidence it rests on ages out', () => {
    const spec = given(familyWorkerLevel1({ withVacancy: true }).facts).on('2024-06-01');
    expect(spec.verdict.outcome).toBe('eligible');
    // CPD completed on 2024-02-09 counts for 12 months: on 2025-02-09, not the day after
    // (the PDR of 2024-04-15 would last until 2025-04-15).
    spec.holdsUntil('2025-02-10');
    spec.sameEveryDayUntilThen();
  });

  it('a worker waiting for a vacancy known to open later is not eligible until the day it opens', () => {
    const spec = given(familyWorkerLevel1({ withVacancy: true }).facts).on('2024-04-20');
    expect(spec.verdict.outcome).toBe('not-eligible');
    spec.holdsUntil('2024-05-01');
    spec.sameEveryDayUntilThen();
  });

  it('nothing time does changes the answer at the top of the ladder', () => {
    const log = logBuilder();
    log.record(
      StreamId.staff('fw-1'),
      event('StaffJoined', {
        staffId: 'fw-1',
        jobFamily: 'family-worker',
        grade: 'L3',
        team: 'Early Help West',
        zone: 'Weymouth & Portland',
        contractedHours: 37,
        joinedOn: '2021-01-04',
      }),
      { recordedAt: '2021-01-04T17:30:00Z' },
    );
    const spec = given(log.facts).on('2024-06-01');
    expect(spec.verdict.outcome).toBe('no-next-grade');
    spec.holdsUntil(null);
  });

  it('a search cut short answers the last date it tried, never "forever"', () => {
    // Each boundary is tried on its day and the day after (either convention): 2025-02-09,
    // the CPD's last counting day, changes nothing. With one probe allowed, the verdict is
    // only known to hold until that first date tried.
    const cut = given(familyWorkerLevel1({ withVacancy: true }).facts).on('2024-06-01', {
      ...holdsUntilLimits,
      maxProbes: 1,
    });
    cut.holdsUntil('2025-02-09');
    cut.sameEveryDayUntilThen();
  });
});
