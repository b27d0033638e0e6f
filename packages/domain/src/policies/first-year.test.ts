import { describe, expect, it } from 'vitest';
import { evaluate } from '../eligibility/evaluate';
import { rulesKnownAt } from '../eligibility/rules';
import type { Verdict } from '../eligibility/verdict';
import { socialWorkerFramework } from '../frameworks/seeds';
import { StreamId } from '../streams';
import { event, logBuilder } from '../../test/build';
import { isoDate, isoDateTime } from '../../test/dates';
import { decodeSeed } from './seeds/decode-seed';

// The social worker's first year, as policy data that changes on dates (workforce facts §5):
// the ASYE today; from 1 April 2027 the child and family social worker early career standards
// (the ASYE assessed against them); from September 2027 the early career development
// programme (ECDP), which replaces the ASYE. No code names any of them: each is a criterion
// of a policy version, and a verdict uses the version in force on the date it is about.

const pdr = {
  id: 'sw-pdr',
  label: 'Positive annual PDR',
  importance: 'essential',
  rule: { kind: 'positive-pdr-within', months: 12 },
};
const firstYear = (label: string, anyOf: string[]) => ({
  id: 'sw-first-year',
  label,
  importance: 'essential',
  rule: { kind: 'qualification-in-set', anyOf },
});
const version = (n: number, effectiveFrom: string, label: string, anyOf: string[]) =>
  decodeSeed({
    family: 'social-worker',
    version: n,
    effectiveFrom,
    title: `Social Worker SW2→SW3, first year: ${label}`,
    source:
      'DfE: KSS practitioner statements until 31 Mar 2027; early career standards from 1 Apr 2027; ECDP replaces the ASYE from Sept 2027',
    criteria: [firstYear(label, anyOf), pdr],
  });
// ASYE completers keep their credit under every later version: the change is for new starters.
const asye = version(
  3,
  '2026-01-01',
  'Assessed and supported year in employment (ASYE) completed',
  ['asye-completed'],
);
const standards = version(
  4,
  '2027-04-01',
  'ASYE assessed against the child and family social worker early career standards',
  ['asye-completed', 'early-career-standards-met'],
);
const programme = version(
  5,
  '2027-09-01',
  'Early career development programme (ECDP) completed, or the ASYE before it',
  ['asye-completed', 'early-career-standards-met', 'ecdp-completed'],
);

/** The log as it grows: rules and facts, each recorded at an instant of its own. */
const given = () => {
  const log = logBuilder();
  const at = (instant: string) => ({ recordedAt: instant });
  log.record(
    StreamId.framework('social-worker'),
    event('CareerFrameworkPublished', {
      document: socialWorkerFramework,
      publishedOn: '2017-01-01',
    }),
    at('2017-01-01T09:00:00Z'),
  );
  const publish = (document: typeof asye, instant: string) =>
    log.record(
      StreamId.policy('social-worker'),
      event('PolicyVersionPublished', { document, publishedOn: instant.slice(0, 10) }),
      at(instant),
    );
  const person = (staffId: string) => {
    const stream = StreamId.staff(staffId);
    const fact = (type: Parameters<typeof event>[0], data: unknown, instant: string) =>
      log.record(stream, event(type, data), at(instant));
    fact(
      'StaffJoined',
      {
        staffId,
        jobFamily: 'social-worker',
        grade: 'SW2',
        team: 'Children in Need North',
        zone: 'Bexleyheath',
        contractedHours: 37,
        joinedOn: '2026-01-05',
      },
      '2026-01-05T09:00:00Z',
    );
    fact(
      'PdrRecorded',
      {
        period: '2026-27',
        outcome: 'positive',
        reviewedOn: '2026-12-01',
        reviewerId: 'tm-1',
        reviewerRole: 'team-manager',
      },
      '2026-12-02T09:00:00Z',
    );
    return {
      completed: (qualification: string, on: string, instant: string) =>
        fact('QualificationRecorded', { qualification, awardedOn: on }, instant),
      pdr: (outcome: string, on: string, instant: string) =>
        fact(
          'PdrRecorded',
          {
            period: '2027-28',
            outcome,
            reviewedOn: on,
            reviewerId: 'tm-1',
            reviewerRole: 'team-manager',
          },
          instant,
        ),
      retracted: (eventId: string, on: string, instant: string) =>
        fact(
          'FactRetracted',
          { retractedEventId: eventId, reason: 'certificate of another worker', retractedOn: on },
          instant,
        ),
    };
  };
  return { log, publish, person };
};

/** When eligibility is asked for on a date, as known at an instant, from the log as it is. */
const when = (
  log: ReturnType<typeof given>['log'],
  staffId: string,
  on: string,
  knownAt: string,
): Verdict => {
  const instant = isoDateTime(knownAt);
  return evaluate(log.facts, rulesKnownAt(log.facts, instant), {
    effectiveOn: isoDate(on),
    knownAt: instant,
    staffId,
  });
};

const firstYearLine = (v: Verdict) => v.lines.find((l) => l.criterionId === 'sw-first-year');

describe('a first-year requirement as policy data, replaced on a date', () => {
  it('the ASYE is a criterion of the policy in force: completed, the worker is eligible; not yet, they are told so', () => {
    const { log, publish, person } = given();
    publish(asye, '2025-12-01T09:00:00Z');
    person('sw-a').completed('asye-completed', '2027-01-20', '2027-01-21T09:00:00Z');
    person('sw-b');
    const a = when(log, 'sw-a', '2027-02-01', '2027-02-01T12:00:00Z');
    expect(a).toMatchObject({ outcome: 'eligible', policy: { version: 3 } });
    expect(firstYearLine(a)).toMatchObject({ status: 'met' });
    const b = when(log, 'sw-b', '2027-02-01', '2027-02-01T12:00:00Z');
    expect(b.outcome).toBe('not-eligible');
    expect(firstYearLine(b)?.label).toBe(
      'Assessed and supported year in employment (ASYE) completed',
    );
  });

  it('a later version replaces it on its date: the ECDP counts from September 2027, not the day before', () => {
    const { log, publish, person } = given();
    publish(asye, '2025-12-01T09:00:00Z');
    publish(standards, '2027-03-15T09:00:00Z');
    publish(programme, '2027-07-01T09:00:00Z');
    const c = person('sw-c');
    c.completed('ecdp-completed', '2027-08-20', '2027-08-21T09:00:00Z');
    c.pdr('positive', '2027-08-25', '2027-08-26T09:00:00Z');
    const known = '2027-10-01T12:00:00Z';
    const before = when(log, 'sw-c', '2027-08-31', known);
    expect(before).toMatchObject({ outcome: 'not-eligible', policy: { version: 4 } });
    expect(firstYearLine(before)).toMatchObject({
      status: 'unmet',
      label: 'ASYE assessed against the child and family social worker early career standards',
    });
    const after = when(log, 'sw-c', '2027-09-01', known);
    expect(after).toMatchObject({
      outcome: 'eligible',
      policy: { version: 5, effectiveFrom: '2027-09-01' },
    });
    // Asked about March 2027, the ASYE version decides, though two later ones are published.
    expect(when(log, 'sw-c', '2027-03-31', known).policy?.version).toBe(3);
  });

  it('a verdict given before the change replays unchanged after it, as known at the earlier instant', () => {
    const { log, publish, person } = given();
    publish(asye, '2025-12-01T09:00:00Z');
    const a = person('sw-a');
    const certificate = a.completed('asye-completed', '2027-01-20', '2027-01-21T09:00:00Z');
    const askedAt = '2027-03-01T09:00:00Z';
    const given1 = when(log, 'sw-a', '2027-03-01', askedAt);
    expect(given1).toMatchObject({ outcome: 'eligible', policy: { version: 3 } });

    // Then the rules change and the record grows: both later versions are published, and in
    // May the ASYE certificate is found to be another worker's and retracted.
    publish(standards, '2027-03-15T09:00:00Z');
    publish(programme, '2027-07-01T09:00:00Z');
    a.retracted(certificate.eventId, '2027-05-02', '2027-05-02T09:00:00Z');

    // Replayed as known at the instant it was given: the same verdict, byte for byte.
    expect(JSON.stringify(when(log, 'sw-a', '2027-03-01', askedAt))).toBe(JSON.stringify(given1));
    // As known now, the retraction counts for that date, under the same version 3 …
    const hindsight = when(log, 'sw-a', '2027-03-01', '2027-10-01T12:00:00Z');
    expect(hindsight).toMatchObject({ outcome: 'not-eligible', policy: { version: 3 } });
    // … and a date after the change is judged by the version in force then.
    expect(when(log, 'sw-a', '2027-09-15', '2027-10-01T12:00:00Z').policy?.version).toBe(5);
  });
});
