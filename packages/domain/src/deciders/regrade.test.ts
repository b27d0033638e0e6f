import { seedFrameworks } from '../frameworks/seeds';
import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RegradeCommand } from '../commands/regrade';
import { command, event } from '../../test/build';
import { spec } from '../../test/spec';
import { regradeDecider } from './regrade';

const regrade = spec(regradeDecider(seedFrameworks));
const manager = { id: 'tm-1', role: 'team-manager' };
const headOfService = { id: 'hos-1', role: 'head-of-service' };
const cmd = (type: string, data: unknown, actor = manager, at = '2024-06-03T09:00:00Z') =>
  command(RegradeCommand, type, data, { actor, at });

const fwRequest = {
  caseId: 'rg-1',
  staffId: 'fw-1',
  jobFamily: 'family-worker',
  fromGrade: 'L1',
  toGrade: 'L2',
  vacancyId: 'v-1',
};
const swRequest = {
  caseId: 'rg-2',
  staffId: 'sw-1',
  jobFamily: 'social-worker',
  fromGrade: 'SW2',
  toGrade: 'SW3',
};
const requested = event('RegradeRequested', {
  ...fwRequest,
  requestedBy: manager,
  requestedOn: '2024-06-03',
});
const swRequested = event('RegradeRequested', {
  ...swRequest,
  requestedBy: manager,
  requestedOn: '2024-06-03',
});

const line = (kind: string, status: string, importance = 'essential') => ({
  criterionId: kind,
  label: kind,
  importance,
  kind,
  status,
  restedOn: [],
  detail: '',
});
const verdict = (
  eligible: boolean,
  lines = [line('vacancy-open', 'met'), line('positive-pdr-within', eligible ? 'met' : 'unmet')],
) => ({
  staffId: 'fw-1',
  jobFamily: 'family-worker',
  fromGrade: 'L1',
  toGrade: 'L2',
  effectiveOn: '2024-06-03',
  knownAt: '2024-06-03T09:00:00Z',
  policy: { family: 'family-worker', version: 1, effectiveFrom: '2017-08-01' },
  outcome: eligible ? 'eligible' : 'not-eligible',
  eligible,
  rank: { desirableMet: 0, desirableTotal: 0 },
  summary: 's',
  lines,
});
const assessed = (eligible: boolean, lines?: ReturnType<typeof line>[]) =>
  event('EligibilityAssessed', { verdict: verdict(eligible, lines), assessedBy: manager });
const approved = event('RegradeApproved', { approvedBy: headOfService, approvedOn: '2024-06-04' });

describe('regrade case', () => {
  describe('request', () => {
    it('a manager requests a Family Worker L1→L2 regrade into a named vacancy', () => {
      regrade.given().when(cmd('RequestRegrade', fwRequest)).then(requested);
    });

    it('Family Worker progression needs a specific vacant role at the next grade', () => {
      const { vacancyId: _none, ...noVacancy } = fwRequest;
      regrade
        .given()
        .when(cmd('RequestRegrade', noVacancy))
        .thenFails('VacancyRequiredForProgression');
    });

    it('Social Worker SW2→SW3 is awarded by assessment, not by vacancy', () => {
      regrade.given().when(cmd('RequestRegrade', swRequest)).then(swRequested);
    });

    it('a Social Worker regrade does not fill a vacancy', () => {
      regrade
        .given()
        .when(cmd('RequestRegrade', { ...swRequest, vacancyId: 'v-9' }))
        .thenFails('VacancyNotUsedForAssessedProgression');
    });

    it('progression is one step up: no L1→L3', () => {
      regrade
        .given()
        .when(cmd('RequestRegrade', { ...fwRequest, toGrade: 'L3' }))
        .thenFails('RegradeNotNextGrade');
    });

    it('is made once per case', () => {
      regrade
        .given(requested)
        .when(cmd('RequestRegrade', fwRequest))
        .thenFails('RegradeCaseAlreadyOpen');
    });
  });

  describe('eligibility assessment', () => {
    it('records the explained verdict on the case', () => {
      regrade
        .given(requested)
        .when(cmd('AssessEligibility', { verdict: verdict(true) }))
        .then(assessed(true));
    });

    it('may be repeated before a decision (e.g. after new evidence)', () => {
      regrade
        .given(requested, assessed(false))
        .when(cmd('AssessEligibility', { verdict: verdict(true) }))
        .then(assessed(true));
    });

    it('refuses a verdict about someone else or another step', () => {
      regrade
        .given(requested)
        .when(cmd('AssessEligibility', { verdict: { ...verdict(true), staffId: 'fw-9' } }))
        .thenFails('VerdictForAnotherCase');
    });

    it('comes before any decision', () => {
      regrade
        .given()
        .when(cmd('AssessEligibility', { verdict: verdict(true) }))
        .thenFails('RegradeCaseNotFound');
    });
  });

  describe('approval', () => {
    it('someone other than the requester approves an eligible case', () => {
      regrade
        .given(requested, assessed(true))
        .when(cmd('ApproveRegrade', {}, headOfService, '2024-06-04T10:00:00Z'))
        .then(approved);
    });

    it('nobody approves their own request', () => {
      regrade
        .given(requested, assessed(true))
        .when(cmd('ApproveRegrade', {}, manager))
        .thenFails('ApproverIsRequester');
    });

    it('nobody rejects their own request either', () => {
      regrade
        .given(requested, assessed(true))
        .when(cmd('RejectRegrade', { reason: 'changed my mind' }, manager))
        .thenFails('ApproverIsRequester');
    });

    it('waits for the eligibility assessment', () => {
      regrade
        .given(requested)
        .when(cmd('ApproveRegrade', {}, headOfService))
        .thenFails('RegradeStepOutOfOrder');
    });

    it('is refused for someone who is not eligible', () => {
      regrade
        .given(requested, assessed(false))
        .when(cmd('ApproveRegrade', {}, headOfService))
        .thenFails('NotEligible');
    });

    it('a Family Worker approval rests on an open vacancy in the verdict', () => {
      regrade
        .given(requested, assessed(true, [line('positive-pdr-within', 'met')]))
        .when(cmd('ApproveRegrade', {}, headOfService))
        .thenFails('VacancyRequiredForProgression');
    });

    it('a case can be rejected with a reason', () => {
      regrade
        .given(requested, assessed(false))
        .when(cmd('RejectRegrade', { reason: 'no positive PDR this year' }, headOfService))
        .then(
          event('RegradeRejected', {
            rejectedBy: headOfService,
            rejectedOn: '2024-06-03',
            reason: 'no positive PDR this year',
          }),
        );
    });
  });

  describe('completion and withdrawal', () => {
    it('an approved regrade is completed, carrying what the staff and vacancy records need', () => {
      regrade
        .given(requested, assessed(true), approved)
        .when(cmd('CompleteRegrade', { completedOn: '2024-07-01' }, headOfService))
        .then(
          event('RegradeCompleted', {
            caseId: 'rg-1',
            staffId: 'fw-1',
            fromGrade: 'L1',
            toGrade: 'L2',
            completedOn: '2024-07-01',
            completedBy: headOfService,
            vacancyId: 'v-1',
          }),
        );
    });

    it('only an approved regrade is completed', () => {
      regrade
        .given(requested, assessed(true))
        .when(cmd('CompleteRegrade', { completedOn: '2024-07-01' }))
        .thenFails('RegradeStepOutOfOrder');
    });

    it('a rejected case is closed', () => {
      const rejected = event('RegradeRejected', {
        rejectedBy: headOfService,
        rejectedOn: '2024-06-03',
        reason: 'r',
      });
      regrade
        .given(requested, assessed(false), rejected)
        .when(cmd('ApproveRegrade', {}, headOfService))
        .thenFails('RegradeStepOutOfOrder');
    });

    it('an open case can be withdrawn', () => {
      regrade
        .given(requested)
        .when(cmd('WithdrawRegrade', { reason: 'applied elsewhere' }))
        .then(
          event('RegradeWithdrawn', {
            withdrawnBy: manager,
            withdrawnOn: '2024-06-03',
            reason: 'applied elsewhere',
          }),
        );
    });

    it('a completed case cannot be withdrawn', () => {
      const completed = event('RegradeCompleted', {
        caseId: 'rg-1',
        staffId: 'fw-1',
        fromGrade: 'L1',
        toGrade: 'L2',
        completedOn: '2024-07-01',
        completedBy: headOfService,
        vacancyId: 'v-1',
      });
      regrade
        .given(requested, assessed(true), approved, completed)
        .when(cmd('WithdrawRegrade', { reason: 'late' }))
        .thenFails('RegradeStepOutOfOrder');
    });
  });
});

describe('nobody approves their own request (property)', () => {
  it('holds for any requester, whoever else decides', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/),
        fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/),
        (requester, other) => {
          const by = { id: requester, role: 'team-manager' };
          const req = event('RegradeRequested', {
            ...fwRequest,
            requestedBy: by,
            requestedOn: '2024-06-03',
          });
          const state = [req, assessed(true)].reduce(
            (s, e) => regradeDecider(seedFrameworks).evolve(s, e),
            regradeDecider(seedFrameworks).initialState,
          );
          const approve = (actor: { id: string; role: string }) =>
            regradeDecider(seedFrameworks).decide(
              command(RegradeCommand, 'ApproveRegrade', {}, { actor }),
              state,
            );
          const own = approve(by);
          expect(E.isLeft(own) && own.left.code).toBe('ApproverIsRequester');
          if (other !== requester)
            expect(E.isRight(approve({ id: other, role: 'head-of-service' }))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
