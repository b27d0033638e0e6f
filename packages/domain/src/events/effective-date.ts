import type { IsoDate } from '../primitives/time';
import type { DomainEvent } from './domain-event';

/**
 * The business date an event is true from, read from its payload: what a writer puts in
 * the envelope's `effectiveAt` (as midnight UTC of that date, see `startOfDay`).
 */
export const effectiveDateOf = (event: DomainEvent): IsoDate => {
  switch (event.type) {
    case 'StaffJoined':
      return event.data.joinedOn;
    case 'QualificationRecorded':
      return event.data.awardedOn;
    case 'TrainingCompleted':
      return event.data.completedOn;
    case 'PdrRecorded':
      return event.data.reviewedOn;
    case 'RegistrationRecorded':
      return event.data.registeredOn;
    case 'RegistrationLapsed':
      return event.data.lapsedOn;
    case 'DbsCheckRecorded':
      return event.data.checkedOn;
    case 'AssessmentRecorded':
      return event.data.assessedOn;
    case 'ExperienceEvidenced':
      return event.data.evidencedOn;
    case 'LineManagerAssigned':
      return event.data.assignedOn;
    case 'LineManagementEnded':
      return event.data.endedOn;
    case 'GradeChanged':
      return event.data.changedOn;
    case 'StaffLeft':
      return event.data.leftOn;
    case 'AbsenceRecorded':
      return event.data.startedOn;
    case 'AbsenceEnded':
      return event.data.endedOn;
    case 'KssStatusRecorded':
      return event.data.recognisedOn;
    case 'FactRetracted':
      return event.data.retractedOn;
    case 'VacancyOpened':
      return event.data.openedOn;
    case 'VacancyFilled':
      return event.data.filledOn;
    case 'VacancyWithdrawn':
      return event.data.withdrawnOn;
    case 'PolicyVersionPublished':
      return event.data.publishedOn;
    case 'CareerFrameworkPublished':
      return event.data.publishedOn;
    case 'RegradeRequested':
      return event.data.requestedOn;
    case 'EligibilityAssessed':
      return event.data.verdict.effectiveOn;
    case 'RegradeApproved':
      return event.data.approvedOn;
    case 'RegradeRejected':
      return event.data.rejectedOn;
    case 'RegradeCompleted':
      return event.data.completedOn;
    case 'RegradeWithdrawn':
      return event.data.withdrawnOn;
    case 'CaseOpened':
      return event.data.openedOn;
    case 'CaseAllocated':
    case 'CaseEmergencyAllocated':
      return event.data.allocatedOn;
    case 'CaseReallocated':
      return event.data.reallocatedOn;
    case 'CaseNeedsReallocation':
      return event.data.flaggedOn;
    case 'CaseClosed':
      return event.data.closedOn;
    case 'PersonalDataErasureRequested':
      return event.data.requestedOn;
    case 'PersonalDataErased':
      return event.data.erasedOn;
  }
};
