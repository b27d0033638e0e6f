import { seedFrameworks } from '../frameworks/seeds';
import { describe, expect, it } from 'vitest';
import { policiesKnownAt } from '../policies/select';
import { familyWorkerPolicyV1 } from '../policies/seeds/family-worker';
import { seedPolicies } from '../policies/seeds';
import { decodeSeed } from '../policies/seeds/decode-seed';
import type { PolicyDocument } from '../policies/document';
import type { RecordedFact } from '../recorded-fact';
import { StreamId } from '../streams';
import { event, logBuilder } from '../../test/build';
import { isoDate, isoDateTime } from '../../test/dates';
import { familyWorkerLevel1 } from '../../test/seed-scenarios';
import { evaluate, type EvaluateOptions } from './evaluate';
import type { Verdict } from './verdict';

const staff = StreamId.staff('fw-1');
const asOf = (
  facts: readonly RecordedFact[],
  effectiveOn: string,
  knownAt: string,
  policies: readonly PolicyDocument[] = seedPolicies,
  extra: Partial<EvaluateOptions> = {},
) =>
  evaluate(
    facts,
    { policies, frameworks: seedFrameworks },
    {
      effectiveOn: isoDate(effectiveOn),
      knownAt: isoDateTime(knownAt),
      ...extra,
    },
  );
const status = (v: Verdict, id: string) => v.lines.find((l) => l.criterionId === id)?.status;

describe('eligibility as known at R, true on E', () => {
  it('ignores an event recorded after knownAt, even when it is effective earlier (a late PDR)', () => {
    const log = familyWorkerLevel1({ withVacancy: true });
    // The same history, but the PDR was keyed in late: recorded 10 June, effective 15 April.
    const withoutPdr = log.facts.filter((f) => f.type !== 'PdrRecorded');
    const late = logBuilder();
    for (const f of withoutPdr) late.facts.push(f);
    late.record(
      staff,
      event('PdrRecorded', {
        period: '2023-24',
        outcome: 'positive',
        reviewedOn: '2024-04-15',
        reviewerId: 'tm-1',
        reviewerRole: 'team-manager',
      }),
      {
        recordedAt: '2024-06-10T10:00:00Z',
        eventId: 'late-pdr',
      },
    );
    expect(status(asOf(late.facts, '2024-06-01', '2024-06-05T00:00:00Z'), 'fw-pdr')).toBe('unmet');
    const later = asOf(late.facts, '2024-06-01', '2024-06-11T00:00:00Z');
    expect(status(later, 'fw-pdr')).toBe('met');
    expect(later.eligible).toBe(true);
  });

  it('ignores a fact not yet true on effectiveOn, even when already recorded', () => {
    const log = familyWorkerLevel1({ withVacancy: true });
    log.record(
      staff,
      event('QualificationRecorded', { qualification: 'ecdl', awardedOn: '2024-07-01' }),
      { recordedAt: '2024-05-20T10:00:00Z' },
    );
    expect(status(asOf(log.facts, '2024-06-01', '2024-06-30T00:00:00Z'), 'fw-d2-ecdl')).toBe(
      'unmet',
    );
    expect(status(asOf(log.facts, '2024-07-01', '2024-07-01T12:00:00Z'), 'fw-d2-ecdl')).toBe('met');
  });

  it('a retracted event stops counting from the time the retraction was recorded', () => {
    const log = familyWorkerLevel1({ withVacancy: true });
    log.record(
      staff,
      event('FactRetracted', {
        retractedEventId: 'fw-1-10',
        reason: 'PDR recorded against the wrong person',
        retractedOn: '2024-06-20',
      }),
      {
        recordedAt: '2024-06-20T11:00:00Z',
      },
    );
    // Known before the retraction: the PDR counted (and a replay of that verdict still says so).
    expect(status(asOf(log.facts, '2024-06-01', '2024-06-15T00:00:00Z'), 'fw-pdr')).toBe('met');
    // Known after: the same business date, no PDR.
    const after = asOf(log.facts, '2024-06-01', '2024-06-21T00:00:00Z');
    expect(status(after, 'fw-pdr')).toBe('unmet');
    expect(after.eligible).toBe(false);
  });

  it('a policy change after a decision does not change the replayed past verdict', () => {
    const log = familyWorkerLevel1({ withVacancy: true });
    const policyLog = logBuilder();
    const stream = StreamId.policy('family-worker');
    policyLog.record(
      stream,
      event('PolicyVersionPublished', {
        document: familyWorkerPolicyV1,
        publishedOn: '2017-07-20',
      }),
      { recordedAt: '2017-07-20T09:00:00Z' },
    );
    const decidedAt = '2024-06-01T15:00:00Z';
    const decided = asOf(
      log.facts,
      '2024-06-01',
      decidedAt,
      policiesKnownAt(policyLog.facts, decidedAt),
    );
    expect(decided.eligible).toBe(true);

    // Later the council adds "four years in grade", effective from October 2024.
    const v2 = {
      ...familyWorkerPolicyV1,
      version: 2,
      effectiveFrom: '2024-10-01',
      criteria: [
        ...familyWorkerPolicyV1.criteria,
        {
          id: 'fw-time-in-grade',
          label: 'Four years in grade',
          importance: 'essential',
          rule: { kind: 'minimum-time-in-grade', months: 48 },
        },
      ],
    };
    policyLog.record(
      stream,
      event('PolicyVersionPublished', { document: v2, publishedOn: '2024-09-01' }),
      { recordedAt: '2024-09-01T09:00:00Z' },
    );

    const replayed = asOf(
      log.facts,
      '2024-06-01',
      decidedAt,
      policiesKnownAt(policyLog.facts, decidedAt),
    );
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(decided));
    // Even with every version known today, 1 June 2024 is judged by the version then in force.
    const today = asOf(
      log.facts,
      '2024-06-01',
      '2025-01-10T00:00:00Z',
      policiesKnownAt(policyLog.facts, '2025-01-10T00:00:00Z'),
    );
    expect(today.policy?.version).toBe(1);
    expect(today.lines).toEqual(decided.lines);
    // …while a date after the change is judged by version 2.
    const now = asOf(
      log.facts,
      '2024-11-01',
      '2025-01-10T00:00:00Z',
      policiesKnownAt(policyLog.facts, '2025-01-10T00:00:00Z'),
    );
    expect(now.policy?.version).toBe(2);
    expect(status(now, 'fw-time-in-grade')).toBe('unmet');
  });
});

describe('who and what is asked about', () => {
  it('after a grade change the next step is judged (L2→L3)', () => {
    const log = familyWorkerLevel1();
    log.record(
      staff,
      event('GradeChanged', {
        from: 'L1',
        to: 'L2',
        changedOn: '2024-07-01',
        regradeCaseId: 'rg-1',
      }),
      { recordedAt: '2024-07-01T10:00:00Z' },
    );
    const v = asOf(log.facts, '2024-08-01', '2024-08-01T10:00:00Z');
    expect([v.fromGrade, v.toGrade]).toEqual(['L2', 'L3']);
    expect(asOf(log.facts, '2024-06-30', '2024-08-01T10:00:00Z').fromGrade).toBe('L1');
  });

  it('a Level 3 worker is at the top of the ladder', () => {
    const log = familyWorkerLevel1();
    log.record(staff, event('GradeChanged', { from: 'L1', to: 'L3', changedOn: '2024-07-01' }), {
      recordedAt: '2024-07-01T10:00:00Z',
    });
    expect(asOf(log.facts, '2024-08-01', '2024-08-01T10:00:00Z').outcome).toBe('no-next-grade');
  });

  it('someone who has left is not judged', () => {
    const log = familyWorkerLevel1({ withVacancy: true });
    log.record(staff, event('StaffLeft', { leftOn: '2024-05-31' }), {
      recordedAt: '2024-05-31T10:00:00Z',
    });
    expect(asOf(log.facts, '2024-06-01', '2024-06-01T10:00:00Z').outcome).toBe('has-left');
    expect(asOf(log.facts, '2024-05-30', '2024-06-01T10:00:00Z').outcome).toBe('eligible');
  });

  it('with no policy in force there is no verdict on criteria', () => {
    const joinedEarly = asOf(familyWorkerLevel1().facts, '2021-06-01', '2024-06-01T10:00:00Z', []);
    expect(joinedEarly.outcome).toBe('no-policy');
  });

  it('a criterion for other grades is marked not applicable and does not decide', () => {
    const onlyForL3 = decodeSeed({
      ...familyWorkerPolicyV1,
      criteria: [
        ...familyWorkerPolicyV1.criteria,
        {
          id: 'fw-l3-only',
          label: 'DipSW',
          importance: 'essential',
          appliesTo: ['L3'],
          rule: { kind: 'qualification-in-set', anyOf: ['dipsw'] },
        },
      ],
    });
    const v = asOf(
      familyWorkerLevel1({ withVacancy: true }).facts,
      '2024-06-01',
      '2024-06-01T10:00:00Z',
      [onlyForL3],
    );
    expect(v.lines.find((l) => l.criterionId === 'fw-l3-only')).toMatchObject({
      status: 'not-applicable',
      restedOn: [],
    });
    expect(v.eligible).toBe(true);
  });

  it('a named vacancy must be the one that is open', () => {
    const facts = familyWorkerLevel1({ withVacancy: true }).facts;
    expect(
      status(
        asOf(facts, '2024-06-01', '2024-06-01T10:00:00Z', seedPolicies, { vacancyId: 'v-7' }),
        'fw-vacancy',
      ),
    ).toBe('met');
    expect(
      status(
        asOf(facts, '2024-06-01', '2024-06-01T10:00:00Z', seedPolicies, { vacancyId: 'v-8' }),
        'fw-vacancy',
      ),
    ).toBe('unmet');
  });
});

describe('what cannot be evidence', () => {
  it('an event that does not decode, or whose dates do not parse, is left out rather than guessed at', () => {
    const log = familyWorkerLevel1({ withVacancy: true });
    const good = asOf(log.facts, '2024-06-01', '2024-06-01T10:00:00Z');
    const noise: RecordedFact[] = [
      {
        ...log.facts[1]!,
        eventId: 'bad-1',
        position: 900n,
        type: 'QualificationRecorded',
        data: { qualification: '' },
      },
      { ...log.facts[1]!, eventId: 'bad-2', position: 901n, effectiveAt: 'yesterday' },
      { ...log.facts[1]!, eventId: 'bad-3', position: 902n, type: 'SomethingElse' },
    ];
    expect(asOf([...log.facts, ...noise], '2024-06-01', '2024-06-01T10:00:00Z')).toEqual(good);
  });
});
