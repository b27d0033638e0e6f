import * as t from 'io-ts';
import { Verdict } from '../eligibility/verdict';
import { Grade, JobFamily } from '../job-families';
import { ActorRef } from '../primitives/actor';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate } from '../primitives/time';
import { defineEvent, type EventOf } from './define';

export const RegradeRequested = defineEvent(
  'RegradeRequested',
  1,
  t.intersection([
    t.type({
      caseId: NonEmptyString,
      staffId: NonEmptyString,
      jobFamily: JobFamily,
      fromGrade: Grade,
      toGrade: Grade,
      requestedBy: ActorRef,
      requestedOn: IsoDate,
    }),
    // Family Worker progression names the vacant post; Social Worker SW2→SW3 has none.
    t.partial({ vacancyId: NonEmptyString }),
  ]),
);

export const EligibilityAssessed = defineEvent(
  'EligibilityAssessed',
  1,
  t.type({ verdict: Verdict, assessedBy: ActorRef }),
);

export const RegradeApproved = defineEvent(
  'RegradeApproved',
  1,
  t.type({ approvedBy: ActorRef, approvedOn: IsoDate }),
);

export const RegradeRejected = defineEvent(
  'RegradeRejected',
  1,
  t.type({ rejectedBy: ActorRef, rejectedOn: IsoDate, reason: NonEmptyString }),
);

/** Carries everything the process manager needs to change the grade and fill the post. */
export const RegradeCompleted = defineEvent(
  'RegradeCompleted',
  1,
  t.intersection([
    t.type({
      caseId: NonEmptyString,
      staffId: NonEmptyString,
      fromGrade: Grade,
      toGrade: Grade,
      completedOn: IsoDate,
      completedBy: ActorRef,
    }),
    t.partial({ vacancyId: NonEmptyString }),
  ]),
);

export const RegradeWithdrawn = defineEvent(
  'RegradeWithdrawn',
  1,
  t.type({ withdrawnBy: ActorRef, withdrawnOn: IsoDate, reason: NonEmptyString }),
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
