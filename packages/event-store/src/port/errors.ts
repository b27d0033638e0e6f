import type { ExpectedRevision, StreamRevision } from './expected-revision';

/** An append raced another writer; `actual` is the stream's real revision, never a placeholder. */
export interface WrongExpectedRevision {
  readonly code: 'WrongExpectedRevision';
  readonly streamName: string;
  readonly expected: ExpectedRevision;
  readonly actual: StreamRevision;
}

/** Input the store refuses before writing anything; `field` names what was wrong. */
export interface InvalidInput {
  readonly code: 'InvalidInput';
  /** e.g. `streamName`, `events[2].type`, `events[0].data`. */
  readonly field: string;
  readonly message: string;
}

/** The batch or one event is over a documented size limit. */
export interface PayloadTooLarge {
  readonly code: 'PayloadTooLarge';
  readonly field: string;
  readonly size: number;
  readonly limit: number;
}

/**
 * Event ids that were already stored, but not as an exact re-append of the same batch
 * (partial overlap, or the same id in another stream/with other content).
 */
export interface DuplicateEventId {
  readonly code: 'DuplicateEventId';
  readonly eventId: string;
  readonly message: string;
}

/** The store could not be reached or failed; the append may or may not have happened. */
export interface StoreUnavailable {
  readonly code: 'StoreUnavailable';
  readonly message: string;
}

export type EventStoreError =
  WrongExpectedRevision | InvalidInput | PayloadTooLarge | DuplicateEventId | StoreUnavailable;

/** For the places that cannot return an Either (async iteration): carries the typed error. */
export class EventStoreException extends Error {
  constructor(readonly error: EventStoreError) {
    super(
      `${error.code}: ${'message' in error ? error.message : JSON.stringify(error, bigintSafe)}`,
    );
    this.name = 'EventStoreException';
  }
}

const bigintSafe = (_key: string, value: unknown): unknown =>
  typeof value === 'bigint' ? value.toString() : value;
