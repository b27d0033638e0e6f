import { seedRules } from '../eligibility/rules';
import { describe, expect, it } from 'vitest';
import type { RecordedFact } from '../recorded-fact';
import { isoDate, isoDateTime } from '../../test/dates';
import { familyWorkerLevel1, socialWorkerSw2 } from '../../test/seed-scenarios';
import { evaluate } from './evaluate';
import type { CriterionLine, Verdict } from './verdict';

const date = isoDate;
const instant = isoDateTime;
const asOf = (
  facts: readonly RecordedFact[],
  effectiveOn: string,
  knownAt = `${effectiveOn}T23:59:59Z`,
) => evaluate(facts, seedRules, { effectiveOn: date(effectiveOn), knownAt: instant(knownAt) });
const lineOf = (verdict: Verdict, id: string): CriterionLine => {
  const l = verdict.lines.find((x) => x.criterionId === id);
  if (l === undefined) throw new Error(`no line ${id}`);
  return l;
};

describe('Family Worker progression (Dorset, HS461)', () => {
  it('a Level 1 worker with a positive PDR and the qualifications but no vacancy is not eligible, and is told why', () => {
    const verdict = asOf(familyWorkerLevel1().facts, '2024-06-01');
    expect(verdict.outcome).toBe('not-eligible');
    expect(verdict.toGrade).toBe('L2');
    const vacancy = lineOf(verdict, 'fw-vacancy');
    expect(vacancy.status).toBe('unmet');
    expect(vacancy.missing).toBe('an open family-worker vacancy at L2 in childrens-services');
    expect(
      verdict.lines.filter((l) => l.importance === 'essential' && l.status === 'unmet'),
    ).toHaveLength(1);
    expect(lineOf(verdict, 'fw-pdr')).toMatchObject({ status: 'met', restedOn: ['fw-1-10'] });
    expect(verdict.summary).toContain('Specific vacant role at the next grade');
  });

  it('the same worker is eligible for Level 2 once a vacancy at Grade 9 is open, resting on it', () => {
    const verdict = asOf(familyWorkerLevel1({ withVacancy: true }).facts, '2024-06-01');
    expect(verdict.outcome).toBe('eligible');
    expect(lineOf(verdict, 'fw-vacancy')).toMatchObject({ status: 'met', restedOn: ['v-7-1'] });
    expect(lineOf(verdict, 'fw-e1-maths').restedOn).toEqual(['fw-1-2']);
  });

  it('desirable criteria rank but do not decide', () => {
    const verdict = asOf(familyWorkerLevel1({ withVacancy: true }).facts, '2024-06-01');
    expect(verdict.rank).toEqual({ desirableMet: 1, desirableTotal: 5 });
    expect(lineOf(verdict, 'fw-d2-ecdl').status).toBe('unmet');
    expect(verdict.eligible).toBe(true);
  });

  it('a PDR more than 12 months old no longer counts', () => {
    const verdict = asOf(familyWorkerLevel1({ withVacancy: true }).facts, '2025-05-01');
    expect(lineOf(verdict, 'fw-pdr')).toMatchObject({
      status: 'unmet',
      missing: 'a positive PDR reviewed on or after 2024-05-01',
    });
  });

  it('a vacancy opened after the date asked about does not count', () => {
    const verdict = asOf(familyWorkerLevel1({ withVacancy: true }).facts, '2024-04-30');
    expect(lineOf(verdict, 'fw-vacancy').status).toBe('unmet');
  });
});

describe('Social Worker SW2→SW3 (Bexley), awarded by assessment', () => {
  it('an SW2 with the qualification, valid registration, passed essentials and a positive PDR is eligible, without any vacancy', () => {
    const verdict = asOf(socialWorkerSw2().facts, '2024-06-01');
    expect(verdict.outcome).toBe('eligible');
    expect(verdict.policy).toEqual({
      family: 'social-worker',
      version: 2,
      effectiveFrom: '2019-12-02',
    });
    expect(verdict.lines.some((l) => l.kind === 'vacancy-open')).toBe(false);
  });

  it('an SW2 whose registration has lapsed is not eligible', () => {
    const verdict = asOf(socialWorkerSw2({ lapsedOn: '2024-03-31' }).facts, '2024-06-01');
    expect(verdict.outcome).toBe('not-eligible');
    expect(lineOf(verdict, 'sw-registration')).toMatchObject({
      status: 'unmet',
      detail: 'registration with Social Work England (SW98765) lapsed on 2024-03-31',
    });
  });

  it('the regulator is data: HCPC registration counted until 1 December 2019, Social Work England after', () => {
    const hcpcOnly = socialWorkerSw2({ transferredToSwe: false }).facts;
    expect(asOf(hcpcOnly, '2019-06-01').eligible).toBe(true);
    const after = asOf(hcpcOnly, '2020-06-01');
    expect(after.eligible).toBe(false);
    expect(lineOf(after, 'sw-registration').detail).toBe(
      'registered with HCPC, which this policy version does not accept',
    );
  });

  it('someone asked about before they joined is not on the staff', () => {
    expect(asOf(socialWorkerSw2().facts, '2015-01-01').outcome).toBe('not-on-staff');
  });
});
