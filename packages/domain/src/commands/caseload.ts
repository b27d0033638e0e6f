import * as t from 'io-ts';
import { LibertyFlag } from '../caseload/liberty';
import { CaseReference } from '../caseload/reference';
import { WorkerOnDate } from '../caseload/worker';
import { Complexity } from '../frameworks/caseload-rules';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate, IsoDateTime } from '../primitives/time';
import { defineCommand, type CommandOf } from './define';

// Commands on one case's `allocation-<ref>` stream. Allocation commands carry the worker as
// their record stands on the date (`WorkerOnDate`), which the application reads; what a
// manager sends is the `…Request` codec beside each.

export const OpenCase = defineCommand(
  'OpenCase',
  t.type({
    caseReference: CaseReference,
    team: NonEmptyString,
    complexity: Complexity,
    libertyFlags: t.array(LibertyFlag),
    openedOn: IsoDate,
  }),
);

export const AllocateCaseRequest = t.type(
  { staffId: NonEmptyString, allocatedOn: IsoDate },
  'AllocateCaseRequest',
);
export const AllocateCase = defineCommand(
  'AllocateCase',
  t.type({ allocatedOn: IsoDate, worker: WorkerOnDate }),
);

export const ReallocateCaseRequest = t.type(
  { staffId: NonEmptyString, reallocatedOn: IsoDate },
  'ReallocateCaseRequest',
);
export const ReallocateCase = defineCommand(
  'ReallocateCase',
  t.type({ reallocatedOn: IsoDate, worker: WorkerOnDate }),
);

/** An emergency starts at an instant: its expiry is so many hours later. */
export const EmergencyAllocateCaseRequest = t.type(
  { staffId: NonEmptyString, startsAt: IsoDateTime, reason: NonEmptyString },
  'EmergencyAllocateCaseRequest',
);
export const EmergencyAllocateCase = defineCommand(
  'EmergencyAllocateCase',
  t.type({ startsAt: IsoDateTime, reason: NonEmptyString, worker: WorkerOnDate }),
);

/** Why a case needs another worker: its holder left, or their grade no longer covers it. */
export const ReallocationCause = t.keyof(
  { 'worker-left': null, 'grade-below-case': null },
  'ReallocationCause',
);
export type ReallocationCause = t.TypeOf<typeof ReallocationCause>;

/** Sent by the caseload process, never by a person. */
export const FlagCaseForReallocation = defineCommand(
  'FlagCaseForReallocation',
  t.type({ staffId: NonEmptyString, cause: ReallocationCause, flaggedOn: IsoDate }),
);

export const CloseCase = defineCommand('CloseCase', t.type({ closedOn: IsoDate }));

export const caseloadCommands = {
  OpenCase,
  AllocateCase,
  ReallocateCase,
  EmergencyAllocateCase,
  FlagCaseForReallocation,
  CloseCase,
} as const;
export type CaseloadCommand = CommandOf<(typeof caseloadCommands)[keyof typeof caseloadCommands]>;
export const CaseloadCommand = t.union(
  [
    OpenCase.codec,
    AllocateCase.codec,
    ReallocateCase.codec,
    EmergencyAllocateCase.codec,
    FlagCaseForReallocation.codec,
    CloseCase.codec,
  ],
  'CaseloadCommand',
);
