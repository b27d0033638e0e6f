// The DfE children's social work workforce census (CSWW), produced from the log.
export { censusPeriod, type CensusPeriod } from './period';
export { censusEventTypes, type CensusLog, type LogEvent } from './log';
export type { CensusFacts, EngagementFacts, FundedPost } from './facts';
export { readCensusFacts, type ReadProgress } from './read-facts';
export type { WorkerRecord } from './worker-record';
export { workerRecord, censusRoleOn, type CasesHeld } from './records';
export { laLevelVacancies, type LaLevelVacancies } from './vacancies';
export { indicatorsOf, WORKING_DAYS_A_YEAR, type Indicators } from './indicators';
export { nationalFigures, nationalFor, type NationalFigures } from './national';
export { missingItems, type MissingItems } from './missing';
export { returnXml } from './xml';
export { SCHEMA_YEAR, schemaPath } from './schema';
export {
  validateReturn,
  ValidatorMissing,
  type Validation,
  type ValidationFinding,
} from './validate';
export { STANDARD_WEEKLY_HOURS } from './fte';
export {
  censusReturn,
  censusPreview,
  type CensusRequest,
  type CensusReturn,
  type CensusPreview,
} from './produce';
export { offerReturn, previewReturn, type OfferedReturn } from './offer';
