// What the personal-data routes answer: the API's own reply codecs.
export type {
  DueErasure,
  Erasure,
  OpenErasureRequest,
  RetentionJob,
  RetentionRule,
} from '@ladder/api/wire';
