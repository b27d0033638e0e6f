export type {
  DataKey,
  KeyDestruction,
  KeyForWriting,
  KeyLookup,
  KeyRecord,
  PersonalKeyService,
} from './key-service';
export { openSqliteKeyService } from './sqlite-keys';
export { getMemoryKeyService } from './memory-keys';
export { sealPersonalData, type PersonalKeyRef, type SealingOptions } from './sealing-store';
export { storedFormOf } from './stored-form';
export {
  isErasedMarker,
  personalPartOf,
  sealedFormOf,
  type ErasedPersonalMarker,
  type SealedPersonal,
} from './sealed-form';
