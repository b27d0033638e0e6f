import { seedFrameworks } from '../../frameworks/seeds';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../eligibility/evaluate';
import type { Verdict } from '../../eligibility/verdict';
import { decodeEvent } from '../../events/codec';
import { StreamId } from '../../streams';
import { event } from '../../../test/build';
import { isoDate, isoDateTime } from '../../../test/dates';
import { familyWorkerLevel1 } from '../../../test/seed-scenarios';
import { familyWorkerPolicyV1 } from '../seeds';
import { decodeSeed } from '../seeds/decode-seed';
import { validatePolicy } from '../validate';

// "Progression into the next Grade will be dependent upon the availability of a specific
// vacant role within Children's Services" (Dorset, Family Worker HS461).

type Area = string;
/** Given a Level 1 Family Worker who meets every other essential, and these L2 vacancies. */
const given = (...vacancies: readonly (readonly [id: string, area: Area, filled?: boolean])[]) => {
  const log = familyWorkerLevel1();
  for (const [id, serviceArea, filled] of vacancies) {
    const stream = StreamId.vacancy(id);
    log.record(
      stream,
      event('VacancyOpened', {
        vacancyId: id,
        jobFamily: 'family-worker',
        grade: 'L2',
        serviceArea,
        team: 'Weymouth',
        zone: 'Dorset South',
        openedOn: '2024-05-01',
      }),
      { recordedAt: '2024-05-01T17:30:00Z', eventId: `${id}-open` },
    );
    if (filled === true)
      log.record(stream, event('VacancyFilled', { staffId: 'fw-9', filledOn: '2024-05-10' }), {
        recordedAt: '2024-05-10T17:30:00Z',
        eventId: `${id}-filled`,
      });
  }
  return {
    /** When eligibility for L2 on 1 June 2024 is asked under these policies … */
    when: (policies = [familyWorkerPolicyV1], vacancyId?: string) => {
      const verdict = evaluate(
        log.facts,
        { policies, frameworks: seedFrameworks },
        {
          effectiveOn: isoDate('2024-06-01'),
          knownAt: isoDateTime('2024-06-01T23:59:59Z'),
          ...(vacancyId === undefined ? {} : { vacancyId }),
        },
      );
      const vacancyLine = verdict.lines.find((l) => l.criterionId === 'fw-vacancy');
      return {
        then: (check: (v: Verdict, line: typeof vacancyLine) => void) =>
          check(verdict, vacancyLine),
      };
    },
  };
};

/** The seed policy as it was before it named a service: any service's vacancy counts. */
const anyServicePolicy = decodeSeed({
  ...familyWorkerPolicyV1,
  criteria: familyWorkerPolicyV1.criteria.map((c) =>
    c.rule.kind === 'vacancy-open' ? { ...c, rule: { kind: 'vacancy-open' } } : c,
  ),
});

describe('the vacancy criterion, scoped to Children’s Services as the seed says', () => {
  it('counts an open vacancy at the next grade within Children’s Services', () => {
    given(['v-cs', 'childrens-services'])
      .when()
      .then((verdict, line) => {
        expect(verdict.outcome).toBe('eligible');
        expect(line).toMatchObject({
          status: 'met',
          restedOn: ['v-cs-open'],
          detail: 'vacancy v-cs at L2 in childrens-services is open',
        });
      });
  });

  it('does not count a vacancy in another service, and says which one and why', () => {
    given(['v-adults', 'adult-social-care'])
      .when()
      .then((verdict, line) => {
        expect(verdict.outcome).toBe('not-eligible');
        expect(line).toMatchObject({
          status: 'unmet',
          restedOn: ['v-adults-open'],
          detail:
            'vacancy v-adults at L2 is open in adult-social-care, which does not count: the policy asks for a vacancy in childrens-services',
          missing: 'an open family-worker vacancy at L2 in childrens-services',
        });
        expect(verdict.summary).toContain('in childrens-services');
      });
  });

  it('finds the Children’s Services vacancy among others, whatever their ids', () => {
    given(
      ['v-a', 'adult-social-care'],
      ['v-b', 'childrens-services', true],
      ['v-c', 'childrens-services'],
    )
      .when()
      .then((verdict, line) => {
        expect(verdict.outcome).toBe('eligible');
        expect(line?.restedOn).toEqual(['v-c-open']);
      });
  });

  it('names a filled Children’s Services vacancy when none is open there', () => {
    given(['v-cs', 'childrens-services', true])
      .when()
      .then((_, line) =>
        expect(line).toMatchObject({ status: 'unmet', detail: 'vacancy v-cs is filled' }),
      );
  });

  it('refuses a named vacancy that is in another service', () => {
    given(['v-adults', 'adult-social-care'], ['v-cs', 'childrens-services'])
      .when([familyWorkerPolicyV1], 'v-adults')
      .then((_, line) =>
        expect(line).toMatchObject({
          status: 'unmet',
          missing: 'vacancy v-adults open at L2 in childrens-services',
        }),
      );
  });

  it('a policy naming no service counts any service, in the words it always used', () => {
    given(['v-adults', 'adult-social-care'])
      .when([anyServicePolicy])
      .then((verdict, line) => {
        expect(verdict.outcome).toBe('eligible');
        expect(line?.detail).toBe('vacancy v-adults at L2 is open');
      });
  });

  it('a service area is a slug, and a rule that names services names at least one', () => {
    const withRule = (rule: unknown) => ({
      ...familyWorkerPolicyV1,
      criteria: [{ id: 'x', label: 'x', importance: 'essential', rule }],
    });
    expect(() =>
      decodeSeed(withRule({ kind: 'vacancy-open', serviceAreas: ["Children's Services"] })),
    ).toThrow(/serviceAreas/);
    const empty = validatePolicy(
      decodeSeed(withRule({ kind: 'vacancy-open', serviceAreas: [] })),
      seedFrameworks,
    );
    expect(empty).toMatchObject({
      _tag: 'Left',
      left: { message: 'document.criteria[0].rule.serviceAreas must list at least one' },
    });
  });
});

describe('VacancyOpened v1 (before service areas)', () => {
  it('reads as a Children’s Services vacancy, the only service Ladder held', () => {
    const v1 = {
      type: 'VacancyOpened',
      schemaVersion: 1,
      data: {
        vacancyId: 'v-old',
        jobFamily: 'family-worker',
        grade: 'L2',
        team: 't',
        zone: 'z',
        openedOn: '2020-01-01',
      },
    };
    expect(decodeEvent(v1)).toMatchObject({
      _tag: 'Right',
      right: { type: 'VacancyOpened', data: { serviceArea: 'childrens-services' } },
    });
  });
});
