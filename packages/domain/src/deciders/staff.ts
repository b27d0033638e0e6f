import * as E from 'fp-ts/Either';
import type { StaffCommand } from '../commands/staff';
import type { Decider } from '../decider';
import { domainError, type DomainError } from '../errors';
import type { StaffEvent, StaffEventType } from '../events/staff';
import {
  gradeInfo,
  isGradeInFamily,
  jobFamilies,
  type Grade,
  type JobFamily,
} from '../job-families';
import { utcDateOf } from '../primitives/time';
import { evolveStaff, initialStaffState, type JoinedStaff, type StaffState } from './staff-state';

type Result = E.Either<DomainError, readonly StaffEvent[]>;

/** Facts that can be withdrawn by a retraction; joining, grade and leaving are corrected by commands. */
const retractable: readonly StaffEventType[] = [
  'QualificationRecorded',
  'TrainingCompleted',
  'PdrRecorded',
  'RegistrationRecorded',
  'RegistrationLapsed',
  'DbsCheckRecorded',
  'AssessmentRecorded',
  'ExperienceEvidenced',
];

const gradeOutsideFamily = (family: JobFamily, grade: Grade): DomainError =>
  domainError(
    'GradeOutsideJobFamily',
    'A grade must belong to the job family',
    `grade ${grade} is not a ${family} grade (${jobFamilies[family].grades.map((g) => g.grade).join(', ')})`,
  );

const spanRule = (family: JobFamily, grade: Grade): string => {
  const span = gradeInfo(family, grade)?.spanOfControl ?? 0;
  const label = gradeInfo(family, grade)?.label ?? grade;
  return span === 0
    ? `${label} has no line-management responsibility`
    : `${label} may line-manage up to ${span} staff`;
};

const one = (event: StaffEvent): Result => E.right([event]);

const outOfOrder = (
  later: string,
  laterOn: string,
  earlier: string,
  earlierOn: string,
): DomainError =>
  domainError(
    'DatesOutOfOrder',
    'Nothing expires before it starts',
    `${later} ${laterOn} is before ${earlier} ${earlierOn}`,
  );

/** Commands for someone on the staff (not someone who has left). */
const decideForActive = (command: StaffCommand, s: JoinedStaff): Result => {
  switch (command.type) {
    case 'JoinStaff':
      return E.left(
        domainError(
          'StaffAlreadyJoined',
          'A person joins once',
          `staff ${s.staffId} has already joined`,
        ),
      );
    case 'RecordQualification':
      return one({ type: 'QualificationRecorded', data: command.data });
    case 'RecordTraining': {
      const { completedOn, expiresOn } = command.data;
      if (expiresOn !== undefined && expiresOn < completedOn)
        return E.left(outOfOrder('expiresOn', expiresOn, 'completedOn', completedOn));
      return one({ type: 'TrainingCompleted', data: command.data });
    }
    case 'RecordPdr': {
      const period = command.data.period;
      if (s.pdrs.some((p) => p.period === period))
        return E.left(
          domainError(
            'DuplicatePdrForPeriod',
            'One annual PDR per period',
            `a PDR for period ${period} is already recorded for staff ${s.staffId}; retract it first to correct it`,
          ),
        );
      return one({ type: 'PdrRecorded', data: command.data });
    }
    case 'RecordRegistration': {
      const { registeredOn, expiresOn } = command.data;
      if (expiresOn !== undefined && expiresOn < registeredOn)
        return E.left(outOfOrder('expiresOn', expiresOn, 'registeredOn', registeredOn));
      return one({ type: 'RegistrationRecorded', data: command.data });
    }
    case 'RecordRegistrationLapse':
      return one({ type: 'RegistrationLapsed', data: command.data });
    case 'RecordDbsCheck':
      return one({ type: 'DbsCheckRecorded', data: command.data });
    case 'RecordAssessment':
      return one({ type: 'AssessmentRecorded', data: command.data });
    case 'RecordExperience':
      return one({ type: 'ExperienceEvidenced', data: command.data });
    case 'AssignLineManager': {
      const { reportId, assignedOn } = command.data;
      if (reportId === s.staffId)
        return E.left(
          domainError(
            'SelfLineManagement',
            'Nobody line-manages themselves',
            `staff ${s.staffId} cannot manage themselves`,
          ),
        );
      if (s.directReports.includes(reportId))
        return E.left(
          domainError(
            'AlreadyLineManaged',
            'A report is assigned to a manager once',
            `${reportId} already reports to ${s.staffId}`,
          ),
        );
      const span = gradeInfo(s.jobFamily, s.grade)?.spanOfControl ?? 0;
      if (s.directReports.length + 1 > span)
        return E.left(
          domainError(
            'SpanOfControlExceeded',
            spanRule(s.jobFamily, s.grade),
            `staff ${s.staffId} (${s.grade}) already manages ${s.directReports.length}; span of control is ${span}`,
          ),
        );
      return one({
        type: 'LineManagerAssigned',
        data: { managerId: s.staffId, reportId, assignedOn },
      });
    }
    case 'EndLineManagement': {
      const { reportId, endedOn } = command.data;
      if (!s.directReports.includes(reportId))
        return E.left(
          domainError(
            'NotLineManaged',
            'Only a current report can be released',
            `${reportId} does not report to ${s.staffId}`,
          ),
        );
      return one({
        type: 'LineManagementEnded',
        data: { managerId: s.staffId, reportId, endedOn },
      });
    }
    case 'ChangeGrade':
      return decideGradeChange(command.data, s);
    case 'RecordLeaving':
      return one({ type: 'StaffLeft', data: command.data });
    case 'RetractFact':
      return decideRetraction(command, s);
  }
};

const decideGradeChange = (
  data: Extract<StaffCommand, { type: 'ChangeGrade' }>['data'],
  s: JoinedStaff,
): Result => {
  // A grade change re-sent by the regrade process manager is a no-op, not an error.
  if (data.regradeCaseId !== undefined && s.appliedRegrades.includes(data.regradeCaseId))
    return E.right([]);
  if (!isGradeInFamily(s.jobFamily, data.to))
    return E.left(gradeOutsideFamily(s.jobFamily, data.to));
  if (data.to === s.grade)
    return E.left(
      domainError(
        'GradeUnchanged',
        'A grade change changes the grade',
        `staff ${s.staffId} is already ${data.to}`,
      ),
    );
  const span = gradeInfo(s.jobFamily, data.to)?.spanOfControl ?? 0;
  if (s.directReports.length > span)
    return E.left(
      domainError(
        'SpanOfControlExceeded',
        spanRule(s.jobFamily, data.to),
        `staff ${s.staffId} manages ${s.directReports.length}; at ${data.to} the span of control is ${span}`,
      ),
    );
  return one({ type: 'GradeChanged', data: { ...data, from: s.grade } });
};

const decideRetraction = (
  command: Extract<StaffCommand, { type: 'RetractFact' }>,
  s: JoinedStaff,
): Result => {
  const { eventId, reason } = command.data;
  const type = s.facts[eventId];
  if (type === undefined)
    return E.left(
      domainError(
        'FactNotFound',
        'Only a recorded fact can be retracted',
        `no event ${eventId} on staff ${s.staffId}`,
      ),
    );
  if (s.retracted.includes(eventId))
    return E.left(
      domainError(
        'FactAlreadyRetracted',
        'A fact is retracted once',
        `event ${eventId} is already retracted`,
      ),
    );
  if (!retractable.includes(type))
    return E.left(
      domainError(
        'FactNotRetractable',
        'Joining, grade changes, line management and leaving are corrected by their own commands',
        `${type} cannot be retracted`,
      ),
    );
  return one({
    type: 'FactRetracted',
    data: { retractedEventId: eventId, reason, retractedOn: utcDateOf(command.at) },
  });
};

const decideStaff = (command: StaffCommand, state: StaffState): Result => {
  if (state.status === 'not-joined') {
    if (command.type !== 'JoinStaff')
      return E.left(
        domainError(
          'StaffNotFound',
          'Facts are recorded for someone on the staff',
          'this person has not joined',
        ),
      );
    const { jobFamily, grade } = command.data;
    if (!isGradeInFamily(jobFamily, grade)) return E.left(gradeOutsideFamily(jobFamily, grade));
    return one({ type: 'StaffJoined', data: command.data });
  }
  if (state.status === 'left' && command.type !== 'RetractFact')
    return E.left(
      domainError(
        'StaffHasLeft',
        'No new facts are recorded for someone who has left',
        `staff ${state.staffId} has left`,
      ),
    );
  return decideForActive(command, state);
};

export const staffDecider: Decider<StaffCommand, StaffEvent, StaffState> = {
  decide: decideStaff,
  evolve: evolveStaff,
  initialState: initialStaffState,
};
