// Runner
export type { BoundProjection, ProjectionDefinition, TableNamer } from './runner/definition';
export { openReadModels } from './runner/read-model-db';
export { startRunner, type Runner, type RunnerOptions } from './runner/runner';
export {
  rebuild,
  type RebuildOptions,
  type RebuildOutcome,
  type RebuildReport,
} from './runner/rebuild';
export { projectionLag, type ProjectionLag } from './runner/lag';
export { PoisonEvent, describePoison, type PoisonEventInfo } from './runner/poison';
export { readAllStates, readState, type ProjectionState } from './runner/state';
export { dumpProjection } from './runner/dump';
export type { InvalidQuery } from './query-error';

// Audit trail and its hash chain
export { auditTrailProjection } from './audit/projection';
export {
  auditEntry,
  auditTrail,
  type AuditEntry,
  type AuditFilter,
  type AuditPage,
} from './audit/queries';
export {
  verifyAuditChain,
  type ChainBreak,
  type ChainVerification,
  type VerificationProgress,
} from './audit/verify';
export { chainHash, GENESIS } from './audit/hash-chain';
export { canonicalJson } from './audit/canonical';

// Staff directory
export { staffDirectoryProjection } from './directory/projection';
export {
  staffDirectory,
  staffMember,
  type DirectoryEntry,
  type DirectoryFilter,
  type DirectoryPage,
} from './directory/queries';

// Caseload (issue 15): cases held as of any date, the DfE measure by team, the rule
export { caseloadProjection } from './caseload/projection';
export {
  caseloadByTeam,
  caseloadPerWorker,
  casesHeldAgainstRule,
  casesHeldOn,
  casesNeedingReallocation,
  emergencyAllocations,
  unallocatedCases,
  type CaseAgainstRule,
  type CaseNeedingReallocation,
  type EmergencyAllocation,
  type TeamCaseload,
  type UnallocatedCase,
  type WorkerCaseload,
} from './caseload/queries';

// Workforce: placement, line management, vacancies and regrade cases, kept as one read model
export { workforceProjection } from './workforce/projection';
export { placementProjection } from './workforce/placement/projection';
export { FULL_TIME_HOURS } from './workforce/placement/segments';
export {
  dimensions,
  headcount,
  timeInGrade,
  type Dimension,
  type HeadcountRow,
  type TimeInGrade,
} from './workforce/placement/queries';
export {
  headcountSeries,
  monthsFrom,
  MAX_SERIES_MONTHS,
  type HeadcountMonth,
  type HeadcountSeries,
  type MonthHeadcount,
  type SeriesQuery,
} from './workforce/placement/series';
export { lineManagementProjection } from './workforce/line-management/projection';
export { spanOfControlBreaches, type SpanBreach } from './workforce/line-management/queries';
export { vacanciesProjection } from './workforce/vacancies/projection';
export {
  openVacancies,
  type OpenVacancy,
  type OpenVacancyQuery,
} from './workforce/vacancies/queries';
export {
  vacancyCounts,
  type VacancyCount,
  type VacancyDimension,
} from './workforce/vacancies/counts';
export { regradeCasesProjection } from './workforce/regrade-cases/projection';
export {
  regradeCases,
  regradeStates,
  type RegradeCaseSummary,
  type RegradeState as RegradeCaseState,
  type RegradeStateCount,
} from './workforce/regrade-cases/queries';
export { composeProjections } from './compose';

// Compliance
export { complianceProjection } from './compliance/projection';
export {
  complianceDue,
  DBS_RECHECK_MONTHS,
  type ComplianceItem,
  type ComplianceQuery,
} from './compliance/queries';
export { expiringCounts, type ExpiringCount } from './compliance/counts';
export {
  complianceKinds,
  expiringByMonth,
  MAX_DUE_MONTHS,
  type DueByMonth,
  type DueCount,
  type MonthDueCount,
} from './compliance/by-month';

// Eligibility pipeline
export { eligibilityProjection } from './eligibility/projection';
export { eligibilityOn, type EligibilityError } from './eligibility/queries';
export {
  eligibilityPipeline,
  keepVerdictsOn,
  type PipelineEntry,
  type PipelineQuery,
} from './eligibility/pipeline';
export { eligibilityReads } from './eligibility/reads';
export { pipelineCounts, type PipelineCount, type UnmetCount } from './eligibility/pipeline-counts';
export type { Counted, Group } from './count-by';

export { lineReports, REPORTS_DUE_WITHIN_DAYS, type LineReport } from './line-reports';

export { allProjections, projectionNamed } from './all';
