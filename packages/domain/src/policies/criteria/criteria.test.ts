import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import type { EvidenceContext } from '../../eligibility/evidence';
import { knownFacts } from '../../eligibility/known-facts';
import type { DomainEvent } from '../../events/domain-event';
import { StreamId } from '../../streams';
import { event, logBuilder } from '../../../test/build';
import { grade, jobFamily } from '../../../test/codes';
import { isoDate } from '../../../test/dates';
import { CriterionRule } from '../criterion';
import { evaluateCriterion } from '.';

const on = isoDate('2024-06-01');
const evidence = (...events: DomainEvent[]): EvidenceContext => {
  const log = logBuilder();
  for (const e of events)
    log.record(StreamId.staff('x'), e, { recordedAt: '2024-05-31T12:00:00Z' });
  const { facts } = knownFacts(log.facts, { effectiveOn: on, knownAt: '2024-06-01T00:00:00Z' });
  return {
    effectiveOn: on,
    staffId: 'x',
    jobFamily: jobFamily('social-worker'),
    grade: grade('SW2'),
    toGrade: grade('SW3'),
    gradeSince: { on: isoDate('2022-09-01'), eventId: 'evt-0' },
    facts,
    vacancies: [],
  };
};
const rule = (raw: unknown): CriterionRule => {
  const r = CriterionRule.decode(raw);
  if (E.isLeft(r)) throw new TypeError('bad rule');
  return r.right;
};

describe('criterion kinds (one pure function each)', () => {
  it('training within N months: an expired course does not count, and says so', () => {
    const r = rule({ kind: 'training-within', courses: ['safeguarding-l3'], months: 24 });
    const expired = event('TrainingCompleted', {
      course: 'safeguarding-l3',
      completedOn: '2023-01-10',
      expiresOn: '2024-01-10',
    });
    expect(evaluateCriterion(r, evidence(expired))).toMatchObject({
      status: 'unmet',
      detail: 'safeguarding-l3 expired on 2024-01-10',
      restedOn: ['evt-1'],
    });
    const current = event('TrainingCompleted', {
      course: 'safeguarding-l3',
      completedOn: '2023-01-10',
      expiresOn: '2025-01-10',
    });
    expect(evaluateCriterion(r, evidence(current)).status).toBe('met');
    const old = event('TrainingCompleted', {
      course: 'safeguarding-l3',
      completedOn: '2021-01-10',
    });
    expect(evaluateCriterion(r, evidence(old)).detail).toContain('more than 24 months');
  });

  it('positive PDR: the latest recent PDR that was not positive is named', () => {
    const r = rule({ kind: 'positive-pdr-within', months: 12 });
    const pdr = event('PdrRecorded', {
      period: '2023-24',
      outcome: 'requires-improvement',
      reviewedOn: '2024-04-01',
      reviewerId: 'm',
      reviewerRole: 'team-manager',
    });
    expect(evaluateCriterion(r, evidence(pdr))).toMatchObject({
      status: 'unmet',
      detail: 'PDR for 2023-24 (reviewed 2024-04-01) was requires-improvement',
    });
    expect(evaluateCriterion(r, evidence())).toMatchObject({
      status: 'unmet',
      detail: 'no PDR recorded',
    });
  });

  it('DBS: an old enhanced check counts while on the update service; a standard one is below the level', () => {
    const r = rule({
      kind: 'dbs-within',
      minimumLevel: 'enhanced',
      months: 36,
      updateServiceCounts: true,
    });
    const onUpdate = event('DbsCheckRecorded', {
      level: 'enhanced-barred',
      checkedOn: '2015-01-01',
      updateService: true,
    });
    expect(evaluateCriterion(r, evidence(onUpdate)).status).toBe('met');
    const offUpdate = event('DbsCheckRecorded', {
      level: 'enhanced',
      checkedOn: '2015-01-01',
      updateService: false,
    });
    expect(evaluateCriterion(r, evidence(offUpdate)).detail).toContain('more than 36 months old');
    const standard = event('DbsCheckRecorded', {
      level: 'standard',
      checkedOn: '2024-01-01',
      updateService: false,
    });
    expect(evaluateCriterion(r, evidence(standard)).detail).toBe(
      'latest DBS check is standard, below enhanced',
    );
  });

  it('assessment passed: every listed method (A, I, T) needs a pass, and the gaps are named', () => {
    const r = rule({
      kind: 'assessment-passed',
      criterion: 'child-development',
      methods: ['A', 'I', 'T'],
    });
    const a = event('AssessmentRecorded', {
      criterion: 'child-development',
      method: 'A',
      outcome: 'passed',
      assessorId: 'm',
      assessedOn: '2024-01-01',
    });
    const i = event('AssessmentRecorded', {
      criterion: 'child-development',
      method: 'I',
      outcome: 'not-passed',
      assessorId: 'm',
      assessedOn: '2024-01-02',
    });
    expect(evaluateCriterion(r, evidence(a, i))).toMatchObject({
      status: 'unmet',
      detail: 'not assessed by Test (T); not passed at Interview (I)',
      missing: 'a passed assessment of "child-development" by Interview (I), Test (T)',
      restedOn: ['evt-1', 'evt-2'],
    });
    const iAgain = event('AssessmentRecorded', {
      criterion: 'child-development',
      method: 'I',
      outcome: 'passed',
      assessorId: 'm',
      assessedOn: '2024-02-01',
    });
    const t = event('AssessmentRecorded', {
      criterion: 'child-development',
      method: 'T',
      outcome: 'passed',
      assessorId: 'm',
      assessedOn: '2024-02-01',
    });
    expect(evaluateCriterion(r, evidence(a, i, iAgain, t)).status).toBe('met');
  });

  it('registration: an expired registration does not count', () => {
    const r = rule({ kind: 'registration-valid', regulators: ['Social Work England'] });
    const reg = event('RegistrationRecorded', {
      regulator: 'Social Work England',
      registrationNumber: 'SW1',
      registeredOn: '2020-01-01',
      expiresOn: '2024-05-31',
    });
    expect(evaluateCriterion(r, evidence(reg)).detail).toBe(
      'registration with Social Work England (SW1) expired on 2024-05-31',
    );
  });

  it('minimum time in grade counts whole months since the grade was reached', () => {
    expect(
      evaluateCriterion(rule({ kind: 'minimum-time-in-grade', months: 21 }), evidence()).status,
    ).toBe('met');
    expect(
      evaluateCriterion(rule({ kind: 'minimum-time-in-grade', months: 22 }), evidence()),
    ).toMatchObject({
      status: 'unmet',
      missing: '22 months in grade, reached on 2024-07-01',
    });
  });

  it('experience evidenced in the named area only', () => {
    const r = rule({ kind: 'experience-evidenced', area: 'common-assessment-framework' });
    const other = event('ExperienceEvidenced', {
      area: 'looked-after-children',
      evidencedOn: '2024-01-01',
    });
    expect(evaluateCriterion(r, evidence(other)).status).toBe('unmet');
  });
});
