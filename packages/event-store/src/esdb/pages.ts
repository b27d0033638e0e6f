import { setTimeout as sleep } from 'node:timers/promises';
import { StreamNotFoundError } from '@eventstore/db-client';
import type { ResolvedEvent } from '@eventstore/db-client';
import * as E from 'fp-ts/Either';
import type { RecordedEvent } from '../port/envelope';
import { EventStoreException } from '../port/errors';
import { toRecordedEvent } from './envelope-metadata';
import { isTransient, unavailable } from './errors';
import { RETRY_PAUSE_MS } from './retry';

/**
 * A read in bounded calls: every call passes maxCount (an unbounded read is how the
 * client's #169 ran out of memory), and events are handed on as they arrive, so memory is
 * the client's small buffer, not a page. `after` names where the next call starts (null:
 * nothing can follow). A call failing with UnavailableError / NotLeaderError is retried
 * once, from where it stopped; a missing stream reads as nothing.
 */
export async function* pagedRead<Cursor>(
  read: (from: Cursor, maxCount: number) => AsyncIterable<ResolvedEvent>,
  start: Cursor,
  after: (resolved: ResolvedEvent) => Cursor | null,
  pageSize: number,
  total = Number.POSITIVE_INFINITY,
): AsyncGenerator<ResolvedEvent> {
  let from = start;
  let left = total;
  let retried = false;
  while (left > 0) {
    const maxCount = Math.min(pageSize, left);
    let received = 0;
    let drained = false;
    const events = read(from, maxCount)[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await events.next();
        if (next.done === true) break;
        received += 1;
        left -= 1;
        const cursor = after(next.value);
        if (cursor !== null) from = cursor;
        yield next.value;
        if (cursor === null) return;
      }
      drained = true;
    } catch (error) {
      drained = true;
      if (error instanceof StreamNotFoundError) return;
      if (error instanceof EventStoreException) throw error;
      if (retried || !isTransient(error)) throw new EventStoreException(unavailable(error));
      retried = true;
      await sleep(RETRY_PAUSE_MS);
      continue;
    } finally {
      // A consumer that stops early: read the rest of this bounded call, so the client's
      // stream ends normally (a half-read one is never released, and dispose waits for it).
      try {
        while (!drained) drained = (await events.next()).done === true;
      } catch {
        // The call failed after the consumer stopped: nothing left to hand on.
      }
    }
    retried = false;
    if (received < maxCount) return;
  }
}

/** The first event a bounded read gives, if any. */
export const firstOf = async (
  reads: AsyncIterable<ResolvedEvent>,
): Promise<ResolvedEvent | undefined> => {
  for await (const resolved of reads) return resolved;
  return undefined;
};

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
