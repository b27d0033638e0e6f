import * as t from 'io-ts';
import { Grade, JobFamily } from '../frameworks/codes';
import { AssessmentMethod, DbsLevel } from '../policies/criterion';
import { WeeklyHours } from '../primitives/numbers';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate } from '../primitives/time';
import { defineEvent, type EventOf } from './define';
import { PersonalDbs, PersonalIdentity, PersonalNotes } from './personal';
import { upcastPdrV1 } from './upcasters/pdr-v1';
import { exactPartial, exactType } from './exact';
import {
  AbsenceReason,
  Engagement,
  KssStatus,
  LeaverDestination,
  LeavingReason,
  QualificationLevel,
  QualifyingProgramme,
  StartOrigin,
} from '../census/codes';
import { WorkingDays } from '../census/quantities';

const withPersonal = <P extends t.Props, Q extends t.Mixed>(facts: P, personal: Q) =>
  t.intersection([exactType(facts), exactPartial({ personal })]);

/** Optional facts added to a v1 payload: an older payload without them still decodes. */
const withOptional = <P extends t.Props, O extends t.Props, Q extends t.Mixed>(
  facts: P,
  optional: O,
  personal: Q,
) => t.intersection([exactType(facts), exactPartial(optional), exactPartial({ personal })]);

/** What the census asks of a starter; absent on records made before it was asked. */
export const StarterFacts = {
  engagement: Engagement,
  startOrigin: StartOrigin,
  /** Casual or zero-hours: in the headcount, but no contracted hours count towards FTE. */
  zeroHours: t.boolean,
};

/** What the census asks of a leaver. */
export const LeaverFacts = { destination: LeaverDestination, leavingReason: LeavingReason };

export const StaffJoined = defineEvent(
  'StaffJoined',
  1,
  withOptional(
    {
      staffId: NonEmptyString,
      jobFamily: JobFamily,
      grade: Grade,
      team: NonEmptyString,
      zone: NonEmptyString,
      contractedHours: WeeklyHours,
      joinedOn: IsoDate,
    },
    StarterFacts,
    PersonalIdentity,
  ),
);

/** Where and at what level a qualification was gained, and by which fast-track route. */
export const QualificationDetails = {
  institution: NonEmptyString,
  level: QualificationLevel,
  programme: QualifyingProgramme,
};

export const QualificationRecorded = defineEvent(
  'QualificationRecorded',
  1,
  t.intersection([
    exactType({ qualification: NonEmptyString, awardedOn: IsoDate }),
    exactPartial(QualificationDetails),
  ]),
);

export const TrainingCompleted = defineEvent(
  'TrainingCompleted',
  1,
  t.intersection([
    exactType({ course: NonEmptyString, completedOn: IsoDate }),
    exactPartial({ expiresOn: IsoDate }),
  ]),
);

export const PdrOutcome = t.keyof(
  { positive: null, 'requires-improvement': null, unsatisfactory: null },
  'PdrOutcome',
);
export type PdrOutcome = t.TypeOf<typeof PdrOutcome>;

/** Annual PDR period, e.g. `2024-25`. */
export const PdrPeriod = NonEmptyString;

export const PdrRecorded = defineEvent(
  'PdrRecorded',
  2,
  exactType({
    period: PdrPeriod,
    outcome: PdrOutcome,
    reviewedOn: IsoDate,
    reviewerId: NonEmptyString,
    // v2: the reviewer's role, so an auditor can see the PDR was done by a line manager.
    reviewerRole: NonEmptyString,
  }),
  { 1: upcastPdrV1 },
);

export const RegistrationRecorded = defineEvent(
  'RegistrationRecorded',
  1,
  t.intersection([
    exactType({
      // The regulator is data: HCPC until 2 Dec 2019, Social Work England after.
      regulator: NonEmptyString,
      registrationNumber: NonEmptyString,
      registeredOn: IsoDate,
    }),
    exactPartial({ expiresOn: IsoDate }),
  ]),
);

export const RegistrationLapsed = defineEvent(
  'RegistrationLapsed',
  1,
  exactType({ regulator: NonEmptyString, registrationNumber: NonEmptyString, lapsedOn: IsoDate }),
);

export const DbsCheckRecorded = defineEvent(
  'DbsCheckRecorded',
  1,
  withPersonal({ level: DbsLevel, checkedOn: IsoDate, updateService: t.boolean }, PersonalDbs),
);

export const AssessmentOutcome = t.keyof({ passed: null, 'not-passed': null }, 'AssessmentOutcome');

export const AssessmentRecorded = defineEvent(
  'AssessmentRecorded',
  1,
  exactType({
    criterion: NonEmptyString,
    method: AssessmentMethod,
    outcome: AssessmentOutcome,
    assessorId: NonEmptyString,
    assessedOn: IsoDate,
  }),
);

export const ExperienceEvidenced = defineEvent(
  'ExperienceEvidenced',
  1,
  withPersonal({ area: NonEmptyString, evidencedOn: IsoDate }, PersonalNotes),
);

/** Recorded on the manager's stream: span of control is the manager's limit. */
export const LineManagerAssigned = defineEvent(
  'LineManagerAssigned',
  1,
  exactType({ managerId: NonEmptyString, reportId: NonEmptyString, assignedOn: IsoDate }),
);

export const LineManagementEnded = defineEvent(
  'LineManagementEnded',
  1,
  exactType({ managerId: NonEmptyString, reportId: NonEmptyString, endedOn: IsoDate }),
);

export const GradeChanged = defineEvent(
  'GradeChanged',
  1,
  t.intersection([
    exactType({ from: Grade, to: Grade, changedOn: IsoDate }),
    exactPartial({ regradeCaseId: NonEmptyString }),
  ]),
);

export const StaffLeft = defineEvent(
  'StaffLeft',
  1,
  withOptional({ leftOn: IsoDate }, LeaverFacts, PersonalNotes),
);

/**
 * An absence episode. An open one (no end yet) is closed by `AbsenceEnded`; working days
 * lost are HR's count against the person's working pattern, which Ladder does not hold.
 */
export const AbsenceRecorded = defineEvent(
  'AbsenceRecorded',
  1,
  t.intersection([
    exactType({ reason: AbsenceReason, startedOn: IsoDate }),
    exactPartial({ endedOn: IsoDate, workingDaysLost: WorkingDays }),
  ]),
);

export const AbsenceEnded = defineEvent(
  'AbsenceEnded',
  1,
  exactType({ startedOn: IsoDate, endedOn: IsoDate, workingDaysLost: WorkingDays }),
);

/** The post-qualifying standard the social worker is assessed against from `recognisedOn`. */
export const KssStatusRecorded = defineEvent(
  'KssStatusRecorded',
  1,
  exactType({ status: KssStatus, recognisedOn: IsoDate }),
);

/** Withdraws an earlier fact; the fact stops counting from this event's recorded time. */
export const FactRetracted = defineEvent(
  'FactRetracted',
  1,
  exactType({ retractedEventId: NonEmptyString, reason: NonEmptyString, retractedOn: IsoDate }),
);

export const staffEventDefinitions = [
  StaffJoined,
  QualificationRecorded,
  TrainingCompleted,
  PdrRecorded,
  RegistrationRecorded,
  RegistrationLapsed,
  DbsCheckRecorded,
  AssessmentRecorded,
  ExperienceEvidenced,
  LineManagerAssigned,
  LineManagementEnded,
  GradeChanged,
  StaffLeft,
  AbsenceRecorded,
  AbsenceEnded,
  KssStatusRecorded,
  FactRetracted,
] as const;

export type StaffEvent = EventOf<(typeof staffEventDefinitions)[number]>;
export type StaffEventType = StaffEvent['type'];
/** The payload of one staff event type. */
export type StaffEventData<T extends StaffEventType> = Extract<StaffEvent, { type: T }>['data'];
