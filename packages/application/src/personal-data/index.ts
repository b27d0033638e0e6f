export { openLadderStore, sealLadderStore, type LadderStore } from './open-store';
export { dbsKeyId, personKeyId, personalKeyOf } from './key-ref';
export { storedInClear } from './clear-text';
export {
  approveErasure,
  clearTextEventIds,
  openErasureRequests,
  reapplyErasures,
  requestErasure,
  type Erasure,
  type OpenErasureRequest,
  type PersonalDataContext,
} from './erasure';
export {
  retentionDryRun,
  runRetention,
  scanRetentionFacts,
  type RetentionErasure,
  type RetentionScan,
} from './retention';
export {
  subjectAccess,
  type SubjectAccessDecision,
  type SubjectAccessExport,
  type SubjectAccessRecord,
} from './subject-access';
