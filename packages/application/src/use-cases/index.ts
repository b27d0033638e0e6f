// Ladder's use cases: plain functions over the event-store port that load, check, decide and
// append, answering typed results. Edges (HTTP, CLI) decode their input once, call one of
// these, and map the answer; none of them re-implements a step.
export type { UseCaseError } from './errors';
export type { RequestMeta } from './request';
export { issue, type Issued } from './issue';
export { loadPolicy, loadRegrade, loadStaff, loadVacancy, type Loaded } from './load';
export { checkOwnLine } from './own-line';
export { eligibility, staffEligibility, type EligibilityQuery } from './eligibility';
export { joinStaff, readStaff, recordStaffFact } from './staff';
export { changeVacancy, openVacancy } from './vacancy';
export { publishPolicyVersion } from './policy';
export {
  actOnRegrade,
  assessRegrade,
  readRegradeCase,
  requestRegrade,
  type Assessed,
  type Requested,
} from './regrade';
