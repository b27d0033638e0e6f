import { FORWARDS, START } from '@eventstore/db-client';
import type { EventStoreDBClient, Position } from '@eventstore/db-client';
import type { RecordedEvent } from '../port/envelope';
import { EventStoreException } from '../port/errors';
import type { ReadAllOptions } from '../port/event-store';
import { visibleThrough } from './filter';
import { checkMaxCount, decoded, pagedRead } from './pages';
import { comparePositions, toEsdbPosition } from './position';

export const checkAfter = (after: bigint | undefined): bigint => {
  if (after === undefined) return 0n;
  if (typeof after !== 'bigint' || after < 0n)
    throw new EventStoreException({
      code: 'InvalidInput',
      field: 'after',
      message: 'must be a bigint >= 0',
    });
  return after;
};

/**
 * The global log after an exclusive position, in bounded calls read forwards from the last
 * event seen (the server's forward read is inclusive, so that one is skipped).
 * 6.2.1 cannot filter reads server-side, so the filter is applied here, page by page.
 */
export async function* readAllPaged(
  client: EventStoreDBClient,
  options: ReadAllOptions,
  pageSize: number,
): AsyncGenerator<RecordedEvent> {
  let left = checkMaxCount(options.maxCount);
  const after = checkAfter(options.after);
  const visible = visibleThrough(options.filter);
  let seen: Position | null = after === 0n ? null : toEsdbPosition(after);
  const reads = pagedRead<Position | null>(
    (from, maxCount) =>
      client.readAll({ fromPosition: from ?? START, direction: FORWARDS, maxCount }),
    seen,
    // The next call starts AT the last event seen (the server reads forwards inclusively).
    (resolved) => resolved.event?.position ?? null,
    pageSize,
  );
  for await (const resolved of reads) {
    const position = resolved.event?.position;
    if (resolved.event === undefined || position === undefined) continue;
    if (seen !== null && comparePositions(position, seen) <= 0) continue;
    seen = position;
    if (!visible(resolved.event)) continue;
    yield decoded(resolved);
    left -= 1;
    if (left === 0) return;
  }
}
