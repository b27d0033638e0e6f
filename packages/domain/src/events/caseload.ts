import * as t from 'io-ts';
import { LibertyFlag } from '../caseload/liberty';
import { CaseReference } from '../caseload/reference';
import { CaseCount } from '../caseload/worker';
import { ReallocationCause } from '../commands/caseload';
import { Complexity } from '../frameworks/caseload-rules';
import { Grade, JobFamily } from '../frameworks/codes';
import { PositiveInteger } from '../primitives/numbers';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate, IsoDateTime } from '../primitives/time';
import { defineEvent, type EventOf } from './define';
import { exactPartial, exactType } from './exact';

// Events of one case's `allocation-<ref>` stream ("Case…", never "Regrade…": the regrade
// workflow's cases are `regrade-<id>`). No child's name or personal data: a reference,
// a team, a complexity and the liberty flags are all the rule reads.

export const CaseOpened = defineEvent(
  'CaseOpened',
  1,
  exactType({
    caseReference: CaseReference,
    team: NonEmptyString,
    complexity: Complexity,
    libertyFlags: t.array(LibertyFlag),
    openedOn: IsoDate,
  }),
);

/** The framework version an allocation was judged under, and the worker's grade then. */
const judged = {
  staffId: NonEmptyString,
  jobFamily: JobFamily,
  grade: Grade,
  frameworkVersion: PositiveInteger,
  /** Cases the worker holds with this one. */
  casesHeld: CaseCount,
};
/** Present when the allocation takes the worker over the limit for their FTE: a flag. */
const flag = { overLimit: exactType({ limit: t.number }) };

export const CaseAllocated = defineEvent(
  'CaseAllocated',
  1,
  t.intersection([exactType({ ...judged, allocatedOn: IsoDate }), exactPartial(flag)]),
);

export const CaseReallocated = defineEvent(
  'CaseReallocated',
  1,
  t.intersection([
    exactType({ ...judged, fromStaffId: NonEmptyString, reallocatedOn: IsoDate }),
    exactPartial(flag),
  ]),
);

export const CaseEmergencyAllocated = defineEvent(
  'CaseEmergencyAllocated',
  1,
  t.intersection([
    // The manager's reason is the envelope's `reason` (the use case puts it there), not the
    // payload's: free text about a child's case must not travel on the integration topics.
    exactType({
      ...judged,
      startsAt: IsoDateTime,
      /** When the emergency lapses: `startsAt` + the framework's emergency hours. */
      expiresAt: IsoDateTime,
      allocatedOn: IsoDate,
    }),
    exactPartial({ ...flag, fromStaffId: NonEmptyString }),
  ]),
);

export const CaseNeedsReallocation = defineEvent(
  'CaseNeedsReallocation',
  1,
  exactType({ staffId: NonEmptyString, cause: ReallocationCause, flaggedOn: IsoDate }),
);

export const CaseClosed = defineEvent('CaseClosed', 1, exactType({ closedOn: IsoDate }));

export const caseloadEventDefinitions = [
  CaseOpened,
  CaseAllocated,
  CaseReallocated,
  CaseEmergencyAllocated,
  CaseNeedsReallocation,
  CaseClosed,
] as const;
export type CaseloadEvent = EventOf<(typeof caseloadEventDefinitions)[number]>;
