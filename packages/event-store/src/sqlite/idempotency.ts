import * as E from 'fp-ts/Either';
import type { AppendResult } from '../port/event-store';
import type { EventStoreError } from '../port/errors';
import {
  checkExpectedRevision,
  type ExpectedRevision,
  type StreamRevision,
} from '../port/expected-revision';

/** What the store remembers of an already stored event, for recognising a retried append. */
export interface StoredEventRef {
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly batchStart: bigint;
  readonly batchSize: bigint;
}

/**
 * Decides what to answer when the first event id of an append is already stored.
 *
 * - The same ids, in the same order, forming exactly one earlier append to the same stream,
 *   with an expected revision that held when that append was written → the first result
 *   (EventStoreDB's idempotent write); nothing is written.
 * - The same batch with an expected revision that does not fit it → the conflict it is
 *   against the stream as it is now, or DuplicateEventId if it would otherwise pass.
 * - Anything else (partial overlap, another stream) → DuplicateEventId.
 */
export const answerRetriedAppend = (
  streamName: string,
  eventIds: readonly string[],
  stored: readonly (StoredEventRef | undefined)[],
  expected: ExpectedRevision,
  actualNow: StreamRevision,
): E.Either<EventStoreError, AppendResult> => {
  const first = stored[0];
  const duplicate = (eventId: string): E.Either<EventStoreError, never> =>
    E.left({
      code: 'DuplicateEventId',
      eventId,
      message: `event ${eventId} is already stored, and this append is not an exact retry of the append that stored it`,
    });
  if (first === undefined) return duplicate(eventIds[0] ?? '');
  const sameBatch =
    stored.length === eventIds.length &&
    first.batchStart === first.revision &&
    first.batchSize === BigInt(eventIds.length) &&
    stored.every(
      (ref, i) =>
        ref !== undefined &&
        ref.streamName === streamName &&
        ref.batchStart === first.batchStart &&
        ref.revision === first.revision + BigInt(i),
    );
  if (!sameBatch) {
    const clash = eventIds.find((_, i) => stored[i] !== undefined) ?? eventIds[0] ?? '';
    return duplicate(clash);
  }
  const before: StreamRevision = first.revision === 0n ? 'no-stream' : first.revision - 1n;
  if (E.isRight(checkExpectedRevision(streamName, expected, before))) {
    const last = stored[stored.length - 1] ?? first;
    return E.right({ nextExpectedRevision: last.revision, position: last.position });
  }
  const now = checkExpectedRevision(streamName, expected, actualNow);
  return E.isLeft(now) ? now : duplicate(eventIds[0] ?? '');
};
