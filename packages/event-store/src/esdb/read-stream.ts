import { BACKWARDS, END, FORWARDS } from '@eventstore/db-client';
import type { EventStoreDBClient } from '@eventstore/db-client';
import * as E from 'fp-ts/Either';
import type { RecordedEvent } from '../port/envelope';
import { EventStoreException } from '../port/errors';
import type { ReadStreamOptions } from '../port/event-store';
import type { StreamRevision } from '../port/expected-revision';
import { validateStreamName } from '../port/validation';
import { checkMaxCount, decoded, readPage } from './pages';

export const checkStreamName = (streamName: string): void => {
  const valid = validateStreamName(streamName);
  if (E.isLeft(valid)) throw new EventStoreException(valid.left);
};

/** A stream read in pages of `pageSize`, forwards or backwards from an inclusive revision. */
export async function* readStreamPaged(
  client: EventStoreDBClient,
  streamName: string,
  options: ReadStreamOptions,
  pageSize: number,
): AsyncGenerator<RecordedEvent> {
  checkStreamName(streamName);
  let left = checkMaxCount(options.maxCount);
  const backwards = options.direction === 'backwards';
  let from: bigint | typeof END = options.fromRevision ?? (backwards ? END : 0n);
  while (left > 0) {
    const count = Math.min(pageSize, left);
    const fromRevision = from;
    const page = await readPage(() =>
      client.readStream(streamName, {
        fromRevision,
        direction: backwards ? BACKWARDS : FORWARDS,
        maxCount: count,
      }),
    );
    for (const resolved of page) yield decoded(resolved);
    const last = page[page.length - 1]?.event?.revision;
    if (page.length < count || last === undefined || (backwards && last === 0n)) return;
    left -= page.length;
    from = backwards ? last - 1n : last + 1n;
  }
}

export const streamRevision = async (
  client: EventStoreDBClient,
  streamName: string,
): Promise<StreamRevision> => {
  checkStreamName(streamName);
  const [last] = await readPage(() =>
    client.readStream(streamName, { fromRevision: END, direction: BACKWARDS, maxCount: 1 }),
  );
  return last?.event?.revision ?? 'no-stream';
};
