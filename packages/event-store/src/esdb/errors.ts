import {
  MaxAppendSizeExceededError,
  NotLeaderError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { NewEvent } from '../port/envelope';
import type { EventStoreError } from '../port/errors';
import { EventStoreException } from '../port/errors';
import type { ExpectedRevision } from '../port/expected-revision';

/** Failures worth one retry once the client has reconnected (to the new leader, if told). */
export const isTransient = (error: unknown): boolean =>
  error instanceof UnavailableError || error instanceof NotLeaderError;

export const unavailable = (error: unknown): EventStoreError =>
  error instanceof EventStoreException && error.error.code === 'StoreUnavailable'
    ? error.error
    : {
        code: 'StoreUnavailable',
        message: `EventStoreDB: ${error instanceof Error ? error.message : String(error)}`,
      };

/**
 * The port's error for a failed append. EventStoreDB answers both a revision conflict and
 * a partial replay of an earlier write ("corrupted idempotency") with WrongExpectedVersion;
 * under `any` (or `exists` on a stream that exists) only the second is possible, so that
 * one is a DuplicateEventId.
 */
export const appendError = (
  error: unknown,
  streamName: string,
  expected: ExpectedRevision,
  events: readonly NewEvent[],
): EventStoreError => {
  if (error instanceof WrongExpectedVersionError) {
    const actual = error.actualVersion === 'no_stream' ? 'no-stream' : error.actualVersion;
    const cannotConflict =
      expected.kind === 'any' || (expected.kind === 'exists' && actual !== 'no-stream');
    return cannotConflict
      ? {
          code: 'DuplicateEventId',
          eventId: events[0]?.eventId ?? '',
          message: 'the batch repeats part of an earlier write, but not all of it',
        }
      : { code: 'WrongExpectedRevision', streamName, expected, actual };
  }
  if (error instanceof MaxAppendSizeExceededError)
    return {
      code: 'PayloadTooLarge',
      field: 'events',
      size: events.reduce((sum, event) => sum + Buffer.byteLength(JSON.stringify(event)), 0),
      limit: error.maxAppendSize,
    };
  return unavailable(error);
};
