import { StreamNotFoundError } from '@eventstore/db-client';
import type { ResolvedEvent } from '@eventstore/db-client';
import * as E from 'fp-ts/Either';
import type { RecordedEvent } from '../port/envelope';
import { EventStoreException } from '../port/errors';
import { toRecordedEvent } from './envelope-metadata';
import { unavailable } from './errors';
import { withOneRetry } from './retry';

/**
 * One bounded read (the caller always passes maxCount, see the client's #169), collected so
 * that a failure can be retried whole; a missing stream is an empty page.
 */
export const readPage = (read: () => AsyncIterable<ResolvedEvent>): Promise<ResolvedEvent[]> =>
  withOneRetry(async () => {
    const page: ResolvedEvent[] = [];
    try {
      for await (const resolved of read()) page.push(resolved);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return page;
  }).catch((error: unknown) => {
    throw new EventStoreException(unavailable(error));
  });

/** Decodes a stored event or throws the port's typed error (for async iteration). */
export const decoded = (resolved: ResolvedEvent): RecordedEvent => {
  if (resolved.event === undefined)
    throw new EventStoreException({
      code: 'StoreUnavailable',
      message: 'EventStoreDB sent a read result without an event',
    });
  const event = toRecordedEvent(resolved.event);
  if (E.isLeft(event)) throw new EventStoreException(event.left);
  return event.right;
};

export const checkMaxCount = (maxCount: number | undefined): number => {
  if (maxCount === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isInteger(maxCount) || maxCount < 0)
    throw new EventStoreException({
      code: 'InvalidInput',
      field: 'maxCount',
      message: 'must be an integer >= 0',
    });
  return maxCount;
};
