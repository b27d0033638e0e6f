import * as E from 'fp-ts/Either';
import type { RegradeCommand } from '../commands/regrade';
import type { Decider } from '../decider';
import { domainError, type DomainError } from '../errors';
import type { RegradeEvent } from '../events/regrade';
import { jobFamilies, nextGrade } from '../job-families';
import { utcDateOf } from '../primitives/time';
import { evolveRegrade, type RegradeState, type RegradeStatus } from './regrade-state';

type Result = E.Either<DomainError, readonly RegradeEvent[]>;
type OpenCase = Extract<RegradeState, { caseId: string }>;

const outOfOrder = (s: OpenCase, step: string, allowed: readonly RegradeStatus[]): DomainError =>
  domainError(
    'RegradeStepOutOfOrder',
    'A regrade goes request → eligibility assessed → approved or rejected → completed (or is withdrawn)',
    `cannot ${step} regrade case ${s.caseId}: it is ${s.status} (needs ${allowed.join(' or ')})`,
  );

const decideRequest = (command: Extract<RegradeCommand, { type: 'RequestRegrade' }>): Result => {
  const { jobFamily, fromGrade, toGrade, vacancyId } = command.data;
  const family = jobFamilies[jobFamily];
  if (nextGrade(jobFamily, fromGrade) !== toGrade)
    return E.left(
      domainError(
        'RegradeNotNextGrade',
        'Progression is one step up the job family’s grades',
        `${toGrade} is not the next ${jobFamily} grade after ${fromGrade}`,
      ),
    );
  if (family.route === 'vacancy' && vacancyId === undefined)
    return E.left(
      domainError(
        'VacancyRequiredForProgression',
        'Family Worker progression needs a specific vacant role at the next grade',
        `name the vacancy at ${toGrade} this regrade would fill`,
      ),
    );
  if (family.route === 'assessment' && vacancyId !== undefined)
    return E.left(
      domainError(
        'VacancyNotUsedForAssessedProgression',
        'Social Worker SW2→SW3 is awarded by assessment, not by vacancy',
        `a ${jobFamily} regrade does not fill vacancy ${vacancyId}`,
      ),
    );
  return E.right([
    {
      type: 'RegradeRequested',
      data: { ...command.data, requestedBy: command.actor, requestedOn: utcDateOf(command.at) },
    },
  ]);
};

const unmetEssentials = (s: OpenCase): string =>
  (s.verdict?.lines ?? [])
    .filter((l) => l.importance === 'essential' && l.status === 'unmet')
    .map((l) => l.label)
    .join('; ');

const decideApproval = (
  command: Extract<RegradeCommand, { type: 'ApproveRegrade' }>,
  s: OpenCase,
): Result => {
  if (s.status !== 'assessed') return E.left(outOfOrder(s, 'approve', ['assessed']));
  if (command.actor.id === s.requestedBy.id)
    return E.left(
      domainError(
        'ApproverIsRequester',
        'Nobody approves their own request',
        `${command.actor.id} requested this regrade`,
      ),
    );
  if (s.verdict === undefined || !s.verdict.eligible)
    return E.left(
      domainError(
        'NotEligible',
        'Only an eligible person is regraded',
        `not eligible on ${s.verdict?.effectiveOn ?? '?'}: ${unmetEssentials(s) || s.verdict?.summary || 'no verdict'}`,
      ),
    );
  if (
    jobFamilies[s.jobFamily].route === 'vacancy' &&
    !s.verdict.lines.some((l) => l.kind === 'vacancy-open' && l.status === 'met')
  )
    return E.left(
      domainError(
        'VacancyRequiredForProgression',
        'Family Worker progression needs a specific vacant role at the next grade',
        'the eligibility verdict does not rest on an open vacancy',
      ),
    );
  return E.right([
    {
      type: 'RegradeApproved',
      data: { approvedBy: command.actor, approvedOn: utcDateOf(command.at) },
    },
  ]);
};

const decideOpenCase = (command: RegradeCommand, s: OpenCase): Result => {
  switch (command.type) {
    case 'RequestRegrade':
      return E.left(
        domainError(
          'RegradeCaseAlreadyOpen',
          'A regrade case is requested once',
          `case ${s.caseId} already exists`,
        ),
      );
    case 'AssessEligibility': {
      if (s.status !== 'requested' && s.status !== 'assessed')
        return E.left(outOfOrder(s, 'assess', ['requested', 'assessed']));
      const v = command.data.verdict;
      if (v.staffId !== s.staffId || v.toGrade !== s.toGrade || v.fromGrade !== s.fromGrade)
        return E.left(
          domainError(
            'VerdictForAnotherCase',
            'A verdict is recorded on the case it assessed',
            `verdict is for ${v.staffId} ${v.fromGrade ?? '?'}→${v.toGrade ?? '?'}, case is ${s.staffId} ${s.fromGrade}→${s.toGrade}`,
          ),
        );
      return E.right([
        { type: 'EligibilityAssessed', data: { verdict: v, assessedBy: command.actor } },
      ]);
    }
    case 'ApproveRegrade':
      return decideApproval(command, s);
    case 'RejectRegrade':
      if (s.status !== 'assessed' && s.status !== 'requested')
        return E.left(outOfOrder(s, 'reject', ['requested', 'assessed']));
      if (command.actor.id === s.requestedBy.id)
        return E.left(
          domainError(
            'ApproverIsRequester',
            'Nobody decides their own request',
            `${command.actor.id} requested this regrade`,
          ),
        );
      return E.right([
        {
          type: 'RegradeRejected',
          data: {
            rejectedBy: command.actor,
            rejectedOn: utcDateOf(command.at),
            reason: command.data.reason,
          },
        },
      ]);
    case 'CompleteRegrade': {
      if (s.status !== 'approved') return E.left(outOfOrder(s, 'complete', ['approved']));
      const { caseId, staffId, fromGrade, toGrade, vacancyId } = s;
      const base = {
        caseId,
        staffId,
        fromGrade,
        toGrade,
        completedOn: command.data.completedOn,
        completedBy: command.actor,
      };
      return E.right([
        { type: 'RegradeCompleted', data: vacancyId === undefined ? base : { ...base, vacancyId } },
      ]);
    }
    case 'WithdrawRegrade':
      if (s.status !== 'requested' && s.status !== 'assessed' && s.status !== 'approved')
        return E.left(outOfOrder(s, 'withdraw', ['requested', 'assessed', 'approved']));
      return E.right([
        {
          type: 'RegradeWithdrawn',
          data: {
            withdrawnBy: command.actor,
            withdrawnOn: utcDateOf(command.at),
            reason: command.data.reason,
          },
        },
      ]);
  }
};

const decideRegrade = (command: RegradeCommand, state: RegradeState): Result => {
  if (state.status === 'none')
    return command.type === 'RequestRegrade'
      ? decideRequest(command)
      : E.left(
          domainError(
            'RegradeCaseNotFound',
            'A regrade starts with a request',
            'no such regrade case',
          ),
        );
  return decideOpenCase(command, state);
};

export const regradeDecider: Decider<RegradeCommand, RegradeEvent, RegradeState> = {
  decide: decideRegrade,
  evolve: evolveRegrade,
  initialState: { status: 'none' },
};
