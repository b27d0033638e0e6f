import * as t from 'io-ts';
import {
  PdrOutcome,
  AssessmentOutcome,
  LeaverFacts,
  QualificationDetails,
  StarterFacts,
} from '../events/staff';
import { AbsenceReason, KssStatus } from '../census/codes';
import { WorkingDays } from '../census/quantities';
import { PersonalDbs, PersonalIdentity, PersonalNotes } from '../events/personal';
import { Grade, JobFamily } from '../frameworks/codes';
import { AssessmentMethod, DbsLevel } from '../policies/criterion';
import { WeeklyHours } from '../primitives/numbers';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate } from '../primitives/time';
import { defineCommand, type CommandOf } from './define';

export const JoinStaff = defineCommand(
  'JoinStaff',
  t.intersection([
    t.type({
      staffId: NonEmptyString,
      jobFamily: JobFamily,
      grade: Grade,
      team: NonEmptyString,
      zone: NonEmptyString,
      contractedHours: WeeklyHours,
      joinedOn: IsoDate,
    }),
    t.partial({ ...StarterFacts, personal: PersonalIdentity }),
  ]),
);

export const RecordQualification = defineCommand(
  'RecordQualification',
  t.intersection([
    t.type({ qualification: NonEmptyString, awardedOn: IsoDate }),
    t.partial(QualificationDetails),
  ]),
);

export const RecordTraining = defineCommand(
  'RecordTraining',
  t.intersection([
    t.type({ course: NonEmptyString, completedOn: IsoDate }),
    t.partial({ expiresOn: IsoDate }),
  ]),
);

export const RecordPdr = defineCommand(
  'RecordPdr',
  t.type({
    period: NonEmptyString,
    outcome: PdrOutcome,
    reviewedOn: IsoDate,
    reviewerId: NonEmptyString,
    reviewerRole: NonEmptyString,
  }),
);

export const RecordRegistration = defineCommand(
  'RecordRegistration',
  t.intersection([
    t.type({
      regulator: NonEmptyString,
      registrationNumber: NonEmptyString,
      registeredOn: IsoDate,
    }),
    t.partial({ expiresOn: IsoDate }),
  ]),
);

export const RecordRegistrationLapse = defineCommand(
  'RecordRegistrationLapse',
  t.type({ regulator: NonEmptyString, registrationNumber: NonEmptyString, lapsedOn: IsoDate }),
);

export const RecordDbsCheck = defineCommand(
  'RecordDbsCheck',
  t.intersection([
    t.type({ level: DbsLevel, checkedOn: IsoDate, updateService: t.boolean }),
    t.partial({ personal: PersonalDbs }),
  ]),
);

export const RecordAssessment = defineCommand(
  'RecordAssessment',
  t.type({
    criterion: NonEmptyString,
    method: AssessmentMethod,
    outcome: AssessmentOutcome,
    assessorId: NonEmptyString,
    assessedOn: IsoDate,
  }),
);

export const RecordExperience = defineCommand(
  'RecordExperience',
  t.intersection([
    t.type({ area: NonEmptyString, evidencedOn: IsoDate }),
    t.partial({ personal: PersonalNotes }),
  ]),
);

/** Sent to the MANAGER's stream (`staff-<managerId>`): span of control is their limit. */
export const AssignLineManager = defineCommand(
  'AssignLineManager',
  t.type({ reportId: NonEmptyString, assignedOn: IsoDate }),
);

/** Sent to the manager's stream. */
export const EndLineManagement = defineCommand(
  'EndLineManagement',
  t.type({ reportId: NonEmptyString, endedOn: IsoDate }),
);

export const ChangeGrade = defineCommand(
  'ChangeGrade',
  t.intersection([
    t.type({ to: Grade, changedOn: IsoDate }),
    t.partial({ regradeCaseId: NonEmptyString }),
  ]),
);

export const RecordLeaving = defineCommand(
  'RecordLeaving',
  t.intersection([
    t.type({ leftOn: IsoDate }),
    t.partial({ ...LeaverFacts, personal: PersonalNotes }),
  ]),
);

export const RecordAbsence = defineCommand(
  'RecordAbsence',
  t.intersection([
    t.type({ reason: AbsenceReason, startedOn: IsoDate }),
    t.partial({ endedOn: IsoDate, workingDaysLost: WorkingDays }),
  ]),
);

/** Closes the open absence that started on `startedOn`. */
export const EndAbsence = defineCommand(
  'EndAbsence',
  t.type({ startedOn: IsoDate, endedOn: IsoDate, workingDaysLost: WorkingDays }),
);

export const RecordKssStatus = defineCommand(
  'RecordKssStatus',
  t.type({ status: KssStatus, recognisedOn: IsoDate }),
);

/** Withdraws an earlier fact on the same stream, saying why. */
export const RetractFact = defineCommand(
  'RetractFact',
  t.type({ eventId: NonEmptyString, reason: NonEmptyString }),
);

export const staffCommands = {
  JoinStaff,
  RecordQualification,
  RecordTraining,
  RecordPdr,
  RecordRegistration,
  RecordRegistrationLapse,
  RecordDbsCheck,
  RecordAssessment,
  RecordExperience,
  AssignLineManager,
  EndLineManagement,
  ChangeGrade,
  RecordLeaving,
  RecordAbsence,
  EndAbsence,
  RecordKssStatus,
  RetractFact,
} as const;

export type StaffCommand = CommandOf<(typeof staffCommands)[keyof typeof staffCommands]>;
export const StaffCommand = t.union(
  [
    JoinStaff.codec,
    RecordQualification.codec,
    RecordTraining.codec,
    RecordPdr.codec,
    RecordRegistration.codec,
    RecordRegistrationLapse.codec,
    RecordDbsCheck.codec,
    RecordAssessment.codec,
    RecordExperience.codec,
    AssignLineManager.codec,
    EndLineManagement.codec,
    ChangeGrade.codec,
    RecordLeaving.codec,
    RecordAbsence.codec,
    EndAbsence.codec,
    RecordKssStatus.codec,
    RetractFact.codec,
  ],
  'StaffCommand',
);
