// Ladder's use cases: plain functions over the event-store port that load, check, decide and
// append, answering typed results. Edges (HTTP, CLI) decode their input once, call one of
// these, and map the answer; none of them re-implements a step.
export type { UseCaseError } from './errors';
export type { RequestMeta } from './request';
export { bodyOf, issue, type DataOf, type Issued } from './issue';
export {
  loadAllocation,
  loadFramework,
  loadPolicy,
  loadRegrade,
  loadStaff,
  loadVacancy,
  type Loaded,
} from './load';
export { checkOwnLine } from './own-line';
export { eligibility, staffEligibility, type EligibilityQuery } from './eligibility';
export type { EligibilityReads, VerdictQuery } from './eligibility-reads';
export { regradeCaseHistory, type CaseHistory } from './case-history';
export { readStaffHistory, staffHistory, type HistoryEntry, type StaffHistory } from './history';
export {
  staffTimeline,
  type StaffTimeline,
  type TimelineEntry,
  type TimelineStatus,
} from './timeline';
export { joinStaff, readStaff, recordStaffFact, type StaffFact } from './staff';
export { changeVacancy, openVacancy, type VacancyStep } from './vacancy';
export { publishPolicyVersion } from './policy';
export { frameworksOn, publishCareerFramework, type FamilyFramework } from './framework';
export {
  actOnRegrade,
  assessRegrade,
  readRegradeCase,
  requestRegrade,
  type Assessed,
  type RegradeDecision,
  type Requested,
} from './regrade';
export { allocateCase, allocationOptions, closeCase, openCase, type WorkerFit } from './caseload';
export { casesHeldBy, readCasesOn, readStaffOn } from './caseload-reads';
