import type { Verdict } from '../eligibility/verdict';
import type { RegradeEvent } from '../events/regrade';
import type { Grade, JobFamily } from '../frameworks/codes';
import type { ActorRef } from '../primitives/actor';
import type { NonEmptyString } from '../primitives/strings';

export type RegradeStatus =
  'requested' | 'assessed' | 'approved' | 'rejected' | 'completed' | 'withdrawn';

export type RegradeState =
  | { readonly status: 'none' }
  | {
      readonly status: RegradeStatus;
      readonly caseId: NonEmptyString;
      readonly staffId: NonEmptyString;
      readonly jobFamily: JobFamily;
      readonly fromGrade: Grade;
      readonly toGrade: Grade;
      readonly vacancyId?: NonEmptyString;
      readonly requestedBy: ActorRef;
      readonly verdict?: Verdict;
    };

export const evolveRegrade = (state: RegradeState, event: RegradeEvent): RegradeState => {
  if (event.type === 'RegradeRequested') return { status: 'requested', ...event.data };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'EligibilityAssessed':
      return { ...state, status: 'assessed', verdict: event.data.verdict };
    case 'RegradeApproved':
      return { ...state, status: 'approved' };
    case 'RegradeRejected':
      return { ...state, status: 'rejected' };
    case 'RegradeCompleted':
      return { ...state, status: 'completed' };
    case 'RegradeWithdrawn':
      return { ...state, status: 'withdrawn' };
  }
};
