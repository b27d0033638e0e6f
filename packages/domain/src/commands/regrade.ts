import * as t from 'io-ts';
import { Verdict } from '../eligibility/verdict';
import { Grade, JobFamily } from '../frameworks/codes';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate } from '../primitives/time';
import { defineCommand, type CommandOf } from './define';

export const RequestRegrade = defineCommand(
  'RequestRegrade',
  t.intersection([
    t.type({
      caseId: NonEmptyString,
      staffId: NonEmptyString,
      jobFamily: JobFamily,
      fromGrade: Grade,
      toGrade: Grade,
    }),
    t.partial({ vacancyId: NonEmptyString }),
  ]),
);

/** What a client asks for: assess eligibility on a date (the application adds the verdict). */
export const AssessEligibilityRequest = t.type(
  { effectiveOn: IsoDate },
  'AssessEligibilityRequest',
);

/**
 * Records an assessment. The verdict is computed by `evaluate` from the staff history and
 * the policies (the application layer loads them); a client never supplies it.
 */
export const AssessEligibility = defineCommand('AssessEligibility', t.type({ verdict: Verdict }));

export const ApproveRegrade = defineCommand('ApproveRegrade', t.type({}));

export const RejectRegrade = defineCommand('RejectRegrade', t.type({ reason: NonEmptyString }));

export const CompleteRegrade = defineCommand('CompleteRegrade', t.type({ completedOn: IsoDate }));

export const WithdrawRegrade = defineCommand('WithdrawRegrade', t.type({ reason: NonEmptyString }));

export const regradeCommands = {
  RequestRegrade,
  AssessEligibility,
  ApproveRegrade,
  RejectRegrade,
  CompleteRegrade,
  WithdrawRegrade,
} as const;
export type RegradeCommand = CommandOf<(typeof regradeCommands)[keyof typeof regradeCommands]>;
export const RegradeCommand = t.union(
  [
    RequestRegrade.codec,
    AssessEligibility.codec,
    ApproveRegrade.codec,
    RejectRegrade.codec,
    CompleteRegrade.codec,
    WithdrawRegrade.codec,
  ],
  'RegradeCommand',
);
