// What the auditor's pages read: the API's own answer types (from its reply codecs).
export type {
  AuditEntry,
  AuditPage,
  StaffTimeline,
  TimelineStatus,
  VerificationJob,
} from '@ladder/api/wire';
