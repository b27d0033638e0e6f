import { BACKWARDS, END, FORWARDS, START } from '@eventstore/db-client';
import type { EventStoreDBClient, Position } from '@eventstore/db-client';
import type { RecordedEvent } from '../port/envelope';
import { EventStoreException } from '../port/errors';
import type { ReadAllOptions } from '../port/event-store';
import { isSystemEvent } from './envelope-metadata';
import { visibleThrough } from './filter';
import { checkMaxCount, decoded, readPage } from './pages';
import { positionOf, toEsdbPosition } from './position';

export const comparePositions = (a: Position, b: Position): number =>
  a.commit !== b.commit
    ? a.commit < b.commit
      ? -1
      : 1
    : a.prepare === b.prepare
      ? 0
      : a.prepare < b.prepare
        ? -1
        : 1;

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
 * The global log after an exclusive position, in pages of `pageSize` read forwards from
 * the last event seen (the server's forward read is inclusive, so that one is skipped).
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
  while (left > 0) {
    const from = seen;
    const page = await readPage(() =>
      client.readAll({ fromPosition: from ?? START, direction: FORWARDS, maxCount: pageSize }),
    );
    for (const resolved of page) {
      const position = resolved.event?.position;
      if (resolved.event === undefined || position === undefined) continue;
      if (seen !== null && comparePositions(position, seen) <= 0) continue;
      seen = position;
      if (!visible(resolved.event)) continue;
      yield decoded(resolved);
      left -= 1;
      if (left === 0) return;
    }
    if (page.length < pageSize) return;
  }
}

/** Position of the last Ladder event in the log (system events after it do not count). */
export const headPosition = async (
  client: EventStoreDBClient,
  pageSize: number,
): Promise<bigint> => {
  let before: Position | null = null;
  for (;;) {
    const from = before;
    const page = await readPage(() =>
      client.readAll({ fromPosition: from ?? END, direction: BACKWARDS, maxCount: pageSize }),
    );
    for (const resolved of page) {
      const event = resolved.event;
      if (event?.position === undefined) continue;
      if (before !== null && comparePositions(event.position, before) >= 0) continue;
      before = event.position;
      if (isSystemEvent(event)) continue;
      const position = positionOf(event.position);
      if (position === null) return decoded(resolved).position; // throws the typed error
      return position;
    }
    if (page.length < pageSize) return 0n;
  }
};
