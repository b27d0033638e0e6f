import { ANY, BACKWARDS, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import type {
  AppendExpectedRevision,
  AppendResult as EsdbAppendResult,
  EventStoreDBClient,
} from '@eventstore/db-client';
import * as E from 'fp-ts/Either';
import type { NewEvent } from '../port/envelope';
import type { EventStoreError } from '../port/errors';
import { EventStoreException } from '../port/errors';
import type { AppendResult } from '../port/event-store';
import { ExpectedRevision } from '../port/expected-revision';
import { validateAppend } from '../port/validation';
import { toEventData } from './envelope-metadata';
import { appendError, unavailable } from './errors';
import { decoded, firstOf, pagedRead } from './pages';
import { positionOf } from './position';
import { withOneRetry } from './retry';

const esdbExpected = (expected: ExpectedRevision): AppendExpectedRevision => {
  switch (expected.kind) {
    case 'any':
      return ANY;
    case 'no-stream':
      return NO_STREAM;
    case 'exists':
      return STREAM_EXISTS;
    case 'exact':
      return expected.revision;
  }
};

/**
 * The port position of the last event written. A one-event write's answer names it
 * exactly; for a batch the server's answer is not documented to be the LAST event's
 * position, and an idempotent replay may come back without one, so then we read that
 * event back (one event, from the leader).
 */
const lastPosition = async (
  client: EventStoreDBClient,
  streamName: string,
  result: EsdbAppendResult,
  batchSize: number,
): Promise<bigint> => {
  const answered = batchSize === 1 ? positionOf(result.position) : null;
  if (answered !== null) return answered;
  const last = await firstOf(
    pagedRead(
      (fromRevision, maxCount) =>
        client.readStream(streamName, {
          fromRevision,
          direction: BACKWARDS,
          maxCount,
          requiresLeader: true,
        }),
      result.nextExpectedRevision,
      () => null,
      1,
    ),
  );
  if (last === undefined)
    throw new Error(`${streamName}@${result.nextExpectedRevision} was acked but cannot be read`);
  return decoded(last).position;
};

export const appendEvents = async (
  client: EventStoreDBClient,
  streamName: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision = ExpectedRevision.any,
): Promise<E.Either<EventStoreError, AppendResult>> => {
  const valid = validateAppend(streamName, events);
  if (E.isLeft(valid)) return valid;
  let result: EsdbAppendResult;
  try {
    result = await withOneRetry(() =>
      client.appendToStream(streamName, events.map(toEventData), {
        expectedRevision: esdbExpected(expected),
        // Writes go to the leader only; a follower answers NotLeader and we retry there.
        requiresLeader: true,
      }),
    );
  } catch (error) {
    return E.left(appendError(error, streamName, expected, events));
  }
  try {
    const position = await lastPosition(client, streamName, result, events.length);
    return E.right({ nextExpectedRevision: result.nextExpectedRevision, position });
  } catch (error) {
    return E.left(error instanceof EventStoreException ? error.error : unavailable(error));
  }
};
