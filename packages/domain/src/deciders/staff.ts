import * as E from 'fp-ts/Either';
import type { StaffCommand } from '../commands/staff';
import type { Decider } from '../decider';
import { domainError, type DomainError } from '../errors';
import type { StaffEvent } from '../events/staff';
import type { FrameworkCatalogue } from '../frameworks/catalogue';
import { gradeOnDate } from '../frameworks/grade-on';
import { decideAbsence, decideAbsenceEnd, decideRegistration } from './staff-census-facts';
import { decideGradeChange } from './staff-grade';
import { decideAssignLineManager, decideEndLineManagement } from './staff-line-management';
import { outOfOrder } from './staff-refusals';
import { decideRetraction } from './staff-retraction';
import { evolveStaff, initialStaffState, type JoinedStaff, type StaffState } from './staff-state';

type Result = E.Either<DomainError, readonly StaffEvent[]>;

const one = (event: StaffEvent): Result => E.right([event]);

/** Commands for someone on the staff (not someone who has left). */
const decideForActive = (
  command: StaffCommand,
  s: JoinedStaff,
  frameworks: FrameworkCatalogue,
): Result => {
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
    case 'RecordRegistration':
      return decideRegistration(command);
    case 'RecordRegistrationLapse':
      return one({ type: 'RegistrationLapsed', data: command.data });
    case 'RecordDbsCheck':
      return one({ type: 'DbsCheckRecorded', data: command.data });
    case 'RecordAssessment':
      return one({ type: 'AssessmentRecorded', data: command.data });
    case 'RecordExperience':
      return one({ type: 'ExperienceEvidenced', data: command.data });
    case 'AssignLineManager':
      return decideAssignLineManager(command, s, frameworks);
    case 'EndLineManagement':
      return decideEndLineManagement(command, s);
    case 'ChangeGrade':
      return decideGradeChange(command.data, s, frameworks);
    case 'RecordLeaving':
      return one({ type: 'StaffLeft', data: command.data });
    case 'RecordAbsence':
      return decideAbsence(command, s);
    case 'EndAbsence':
      return decideAbsenceEnd(command, s);
    case 'RecordKssStatus':
      return one({ type: 'KssStatusRecorded', data: command.data });
    case 'RetractFact':
      return decideRetraction(command, s);
  }
};

const isAppliedRegrade = (caseId: string | undefined, s: JoinedStaff): boolean =>
  caseId !== undefined && s.appliedRegrades.includes(caseId);

const decideStaff = (
  command: StaffCommand,
  state: StaffState,
  frameworks: FrameworkCatalogue,
): Result => {
  if (state.status === 'not-joined') {
    if (command.type !== 'JoinStaff')
      return E.left(
        domainError(
          'StaffNotFound',
          'Facts are recorded for someone on the staff',
          'this person has not joined',
        ),
      );
    const { jobFamily, grade, joinedOn } = command.data;
    const placed = gradeOnDate(frameworks, jobFamily, grade, joinedOn);
    if (E.isLeft(placed)) return placed;
    return one({ type: 'StaffJoined', data: command.data });
  }
  // A grade change the regrade process re-sends is answered as done, even after leaving:
  // re-sending must never turn into an error for a fact that is already recorded.
  if (command.type === 'ChangeGrade' && isAppliedRegrade(command.data.regradeCaseId, state))
    return E.right([]);
  if (state.status === 'left' && command.type !== 'RetractFact')
    return E.left(
      domainError(
        'StaffHasLeft',
        'No new facts are recorded for someone who has left',
        `staff ${state.staffId} has left`,
      ),
    );
  return decideForActive(command, state, frameworks);
};

/**
 * A staff member's rules, judged against the career frameworks given (grades and spans of
 * control are data: the application passes the versions it knows when it decides).
 */
export const staffDecider = (
  frameworks: FrameworkCatalogue,
): Decider<StaffCommand, StaffEvent, StaffState> => ({
  decide: (command, state) => decideStaff(command, state, frameworks),
  evolve: evolveStaff,
  initialState: initialStaffState,
});
