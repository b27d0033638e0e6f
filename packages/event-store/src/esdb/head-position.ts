import { BACKWARDS, END } from '@eventstore/db-client';
import type { EventStoreDBClient, Position } from '@eventstore/db-client';
import { isSystemEvent } from './envelope-metadata';
import { decoded, readPage } from './pages';
import { comparePositions, positionOf } from './position';

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
