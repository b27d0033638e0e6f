import type { EventStoreError } from '@ladder/event-store';

const storeCodes: ReadonlySet<string> = new Set([
  'WrongExpectedRevision',
  'InvalidInput',
  'PayloadTooLarge',
  'DuplicateEventId',
  'StoreUnavailable',
]);

export const isStoreError = (e: { readonly code: string }): e is EventStoreError =>
  storeCodes.has(e.code);
