import * as E from 'fp-ts/Either';
import type { RegradeCommand } from '../commands/regrade';
import type { Decider } from '../decider';
import { domainError } from '../errors';
import type { RegradeEvent } from '../events/regrade';
import type { FrameworkCatalogue } from '../frameworks/catalogue';
import { utcDateOf } from '../primitives/time';
import { decideApproval, outOfOrder, type OpenCase, type Result } from './regrade-approval';
import { decideRequest } from './regrade-request';
import { evolveRegrade, type RegradeState } from './regrade-state';

const decideOpenCase = (
  command: RegradeCommand,
  s: OpenCase,
  frameworks: FrameworkCatalogue,
): Result => {
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
      return decideApproval(command, s, frameworks);
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

const decideRegrade = (
  command: RegradeCommand,
  state: RegradeState,
  frameworks: FrameworkCatalogue,
): Result => {
  if (state.status === 'none')
    return command.type === 'RequestRegrade'
      ? decideRequest(command, frameworks)
      : E.left(
          domainError(
            'RegradeCaseNotFound',
            'A regrade starts with a request',
            'no such regrade case',
          ),
        );
  return decideOpenCase(command, state, frameworks);
};

/** A regrade case's rules, judged against the career frameworks given (ladders, routes). */
export const regradeDecider = (
  frameworks: FrameworkCatalogue,
): Decider<RegradeCommand, RegradeEvent, RegradeState> => ({
  decide: (command, state) => decideRegrade(command, state, frameworks),
  evolve: evolveRegrade,
  initialState: { status: 'none' },
});
