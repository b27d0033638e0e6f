import * as E from 'fp-ts/Either';
import type { RegradeCommand } from '../commands/regrade';
import { domainError, type DomainError } from '../errors';
import type { RegradeEvent } from '../events/regrade';
import { frameworkInForce, type FrameworkCatalogue } from '../frameworks/catalogue';
import { noFrameworkInForce } from '../frameworks/refusals';
import { utcDateOf } from '../primitives/time';
import type { RegradeState, RegradeStatus } from './regrade-state';

export type Result = E.Either<DomainError, readonly RegradeEvent[]>;
export type OpenCase = Extract<RegradeState, { caseId: string }>;

export const outOfOrder = (
  s: OpenCase,
  step: string,
  allowed: readonly RegradeStatus[],
): DomainError =>
  domainError(
    'RegradeStepOutOfOrder',
    'A regrade goes request → eligibility assessed → approved or rejected → completed (or is withdrawn)',
    `cannot ${step} regrade case ${s.caseId}: it is ${s.status} (needs ${allowed.join(' or ')})`,
  );

const unmetEssentials = (s: OpenCase): string =>
  (s.verdict?.lines ?? [])
    .filter((l) => l.importance === 'essential' && l.status === 'unmet')
    .map((l) => l.label)
    .join('; ');

/** Someone other than the requester approves an assessed, eligible case. */
export const decideApproval = (
  command: Extract<RegradeCommand, { type: 'ApproveRegrade' }>,
  s: OpenCase,
  frameworks: FrameworkCatalogue,
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
  // The route is the one of the framework the verdict was judged under (on its date).
  const framework = frameworkInForce(frameworks, s.jobFamily, s.verdict.effectiveOn);
  if (framework === undefined)
    return E.left(noFrameworkInForce(s.jobFamily, s.verdict.effectiveOn));
  if (
    framework.route === 'vacancy' &&
    !s.verdict.lines.some((l) => l.kind === 'vacancy-open' && l.status === 'met')
  )
    return E.left(
      domainError(
        'VacancyRequiredForProgression',
        `${framework.title}: progression needs a specific vacant role at the next grade`,
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
