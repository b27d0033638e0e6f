import { BACKWARDS, END, FORWARDS } from '@eventstore/db-client';
import type { EventStoreDBClient } from '@eventstore/db-client';
import * as E from 'fp-ts/Either';
import type { RecordedEvent } from '../port/envelope';
import { EventStoreException } from '../port/errors';
import type { ReadStreamOptions } from '../port/event-store';
import type { StreamRevision } from '../port/expected-revision';
import { validateStreamName } from '../port/validation';
import { checkMaxCount, decoded, firstOf, pagedRead } from './pages';

export const checkStreamName = (streamName: string): void => {
  const valid = validateStreamName(streamName);
  if (E.isLeft(valid)) throw new EventStoreException(valid.left);
};

/** A stream read in bounded calls, forwards or backwards from an inclusive revision. */
export async function* readStreamPaged(
  client: EventStoreDBClient,
  streamName: string,
  options: ReadStreamOptions,
  pageSize: number,
): AsyncGenerator<RecordedEvent> {
  checkStreamName(streamName);
  const total = checkMaxCount(options.maxCount);
  const backwards = options.direction === 'backwards';
  const reads = pagedRead<bigint | typeof END>(
    (fromRevision, maxCount) =>
      client.readStream(streamName, {
        fromRevision,
        direction: backwards ? BACKWARDS : FORWARDS,
        maxCount,
      }),
    options.fromRevision ?? (backwards ? END : 0n),
    (resolved) => {
      const revision = resolved.event?.revision;
      if (revision === undefined || (backwards && revision === 0n)) return null;
      return backwards ? revision - 1n : revision + 1n;
    },
    pageSize,
    total,
  );
  for await (const resolved of reads) yield decoded(resolved);
}

export const streamRevision = async (
  client: EventStoreDBClient,
  streamName: string,
): Promise<StreamRevision> => {
  checkStreamName(streamName);
  const last = await firstOf(
    pagedRead(
      (fromRevision, maxCount) =>
        client.readStream(streamName, { fromRevision, direction: BACKWARDS, maxCount }),
      END,
      () => null,
      1,
    ),
  );
  return last?.event?.revision ?? 'no-stream';
};
