// The API's answers as the browser reads them (JSON), typed from the very codecs the routes
// answer with: the web app imports these types (erased at build, so no server code ships)
// instead of restating each shape by hand.
import type * as t from 'io-ts';
import type {
  AuditPageReply,
  StaffSearchReply,
  StaffTimelineReply,
  VacancyListReply,
  VerificationJobReply,
} from './routes/responses';
import type {
  ErasureReply,
  OpenRequestsReply,
  RetentionJobReply,
  RetentionScheduleReply,
} from './routes/personal-data';
import type {
  CensusIndicatorsReply,
  CensusPreviewReply,
  NationalFiguresReply,
} from './routes/census-replies';
import type {
  AllocationOptionsReply,
  CaseloadReply,
  CaseWrittenReply,
  TeamCaseloadReply,
} from './routes/caseload-replies';

/** `GET /audit/events`: a page of the audit trail. */
export type AuditPage = t.OutputOf<typeof AuditPageReply>;
/** One event of the audit trail, its whole envelope, hash and the hash before it. */
export type AuditEntry = AuditPage['entries'][number];

/** `GET /audit/staff/{id}/timeline`: every stored event placed in the cut for one pair. */
export type StaffTimeline = t.OutputOf<typeof StaffTimelineReply>;
/** How an event stands for one pair of axes. */
export type TimelineStatus = StaffTimeline['events'][number]['status'];

/** A hash-chain verification job (`POST /audit/verifications`, then its Location). */
export type VerificationJob = t.OutputOf<typeof VerificationJobReply>;

/** `GET /staff`: HR's staff search, a page at a time. */
export type StaffSearchPage = t.OutputOf<typeof StaffSearchReply>;
/** A person as the staff search finds them: where they sit today. */
export type DirectoryEntry = StaffSearchPage['staff'][number];

/** One open post, as `GET /vacancies` lists them. */
export type OpenVacancy = t.OutputOf<typeof VacancyListReply>['vacancies'][number];

// Caseload (issue 15)

/** `GET /caseload`: cases on a date, narrowed for a manager to their team and line. */
export type Caseload = t.OutputOf<typeof CaseloadReply>;
/** `GET /cases/{caseReference}/options`: the rule explained for each worker. */
export type AllocationOptions = t.OutputOf<typeof AllocationOptionsReply>;
/** One worker's answer in the options: judged, or why they could not be. */
export type WorkerOption = AllocationOptions['workers'][number];
/** `GET /caseload/teams`: the DfE caseload measure by team. */
export type TeamCaseload = t.OutputOf<typeof TeamCaseloadReply>;
/** A case write's answer. */
export type CaseWritten = t.OutputOf<typeof CaseWrittenReply>;

/** `GET /census/csww/preview`: the year's DfE indicators beside last year's and England's. */
export type CensusPreview = t.OutputOf<typeof CensusPreviewReply>;
/** The DfE's published indicators for one council and year. */
export type CensusIndicators = t.OutputOf<typeof CensusIndicatorsReply>;
/** England's published figures for a year, with their source. */
export type NationalFigures = t.OutputOf<typeof NationalFiguresReply>;

/** An erasure waiting for a second person (`GET /erasure-requests`). */
export type OpenErasureRequest = t.OutputOf<typeof OpenRequestsReply>['requests'][number];
/** An approved erasure: keys destroyed, and what was written in clear before sealing. */
export type Erasure = t.OutputOf<typeof ErasureReply>;
/** A retention job (dry run or run), polled until done. */
export type RetentionJob = t.OutputOf<typeof RetentionJobReply>;
/** One erasure the retention schedule makes due. */
export type DueErasure = NonNullable<RetentionJob['due']>[number];
/** One rule of the retention schedule. */
export type RetentionRule = t.OutputOf<typeof RetentionScheduleReply>['rules'][number];
