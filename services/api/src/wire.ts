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
