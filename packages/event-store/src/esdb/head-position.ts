import { BACKWARDS, END } from '@eventstore/db-client';
import type { EventStoreDBClient, Position } from '@eventstore/db-client';
import { isSystemEvent } from './envelope-metadata';
import { decoded, pagedRead } from './pages';
import { comparePositions, positionOf } from './position';

/** Position of the last Ladder event in the log (system events after it do not count). */
export const headPosition = async (
  client: EventStoreDBClient,
  pageSize: number,
): Promise<bigint> => {
  let before: Position | null = null;
  const reads = pagedRead<Position | null>(
    (from, maxCount) =>
      client.readAll({ fromPosition: from ?? END, direction: BACKWARDS, maxCount }),
    null,
    (resolved) => resolved.event?.position ?? null,
    pageSize,
  );
  for await (const resolved of reads) {
    const event = resolved.event;
    if (event?.position === undefined) continue;
    if (before !== null && comparePositions(event.position, before) >= 0) continue;
    before = event.position;
    if (isSystemEvent(event)) continue;
    const position = positionOf(event.position);
    // An event we cannot position exactly: decoding throws the typed error.
    return position ?? decoded(resolved).position;
  }
  return 0n;
};
