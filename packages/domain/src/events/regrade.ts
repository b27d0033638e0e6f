import * as t from 'io-ts';
import { Verdict } from '../eligibility/verdict';
import { Grade, JobFamily } from '../frameworks/codes';
import { ActorRef } from '../primitives/actor';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate } from '../primitives/time';
import { defineEvent, type EventOf } from './define';
import { exactPartial, exactType } from './exact';

export const RegradeRequested = defineEvent(
  'RegradeRequested',
  1,
  t.intersection([
    exactType({
      caseId: NonEmptyString,
      staffId: NonEmptyString,
      jobFamily: JobFamily,
      fromGrade: Grade,
      toGrade: Grade,
      requestedBy: ActorRef,
      requestedOn: IsoDate,
    }),
    // Family Worker progression names the vacant post; Social Worker SW2→SW3 has none.
    exactPartial({ vacancyId: NonEmptyString }),
  ]),
);

export const EligibilityAssessed = defineEvent(
  'EligibilityAssessed',
  1,
  exactType({ verdict: Verdict, assessedBy: ActorRef }),
);

export const RegradeApproved = defineEvent(
  'RegradeApproved',
  1,
  exactType({ approvedBy: ActorRef, approvedOn: IsoDate }),
);

export const RegradeRejected = defineEvent(
  'RegradeRejected',
  1,
  exactType({ rejectedBy: ActorRef, rejectedOn: IsoDate, reason: NonEmptyString }),
);

/** Carries everything the process manager needs to change the grade and fill the post. */
export const RegradeCompleted = defineEvent(
  'RegradeCompleted',
  1,
  t.intersection([
    exactType({
      caseId: NonEmptyString,
      staffId: NonEmptyString,
      fromGrade: Grade,
      toGrade: Grade,
      completedOn: IsoDate,
      completedBy: ActorRef,
    }),
    exactPartial({ vacancyId: NonEmptyString }),
  ]),
);

export const RegradeWithdrawn = defineEvent(
  'RegradeWithdrawn',
  1,
  exactType({ withdrawnBy: ActorRef, withdrawnOn: IsoDate, reason: NonEmptyString }),
);

export const regradeEventDefinitions = [
  RegradeRequested,
  EligibilityAssessed,
  RegradeApproved,
  RegradeRejected,
  RegradeCompleted,
  RegradeWithdrawn,
] as const;
export type RegradeEvent = EventOf<(typeof regradeEventDefinitions)[number]>;
