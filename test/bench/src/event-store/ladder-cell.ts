import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { getSqliteEventStore, type NewEvent } from '@ladder/event-store';
import { measureAppends, measureRead, peakRssMb, smallEvent, type CellResult } from './measure';
import type { CellPlan } from './plan';
import { uuidV7 } from './uuid-v7';

const newEvent = (index: number, eventId: string): NewEvent => ({
  eventId,
  type: 'StaffJoined',
  schemaVersion: 1,
  effectiveAt: '2024-04-01T00:00:00.000Z',
  actor: { id: 'bench', role: 'hr' },
  correlationId: 'bench',
  causationId: null,
  data: smallEvent(index).data,
});

/**
 * Ladder's SQLite adapter, through the EventStore port, as the application uses it: random
 * (v4) event ids. With `timeOrderedIds` the same workload uses UUIDv7 ids, to show what the
 * unique event-id index costs when ids arrive in random order.
 */
export const runLadder = async (
  dir: string,
  plan: CellPlan,
  timeOrderedIds = false,
): Promise<CellResult> => {
  const path = join(dir, 'ladder.db');
  const nextId = timeOrderedIds ? uuidV7 : randomUUID;
  const store = getSqliteEventStore({ path });
  let written = 0;
  const appendBatch = async (batch: number): Promise<void> => {
    const events = Array.from({ length: batch }, (_, i) => newEvent(written + i, nextId()));
    const result = await store.append(smallEvent(written).stream, events);
    if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
    written += batch;
  };
  const fill = await measureAppends(100, plan.size, plan.fillCapSeconds, appendBatch);
  const read = await measureRead(async () => {
    let count = 0;
    for await (const _ of store.readAll()) count += 1;
    return count;
  });
  const batch10 = await measureAppends(10, plan.size, plan.sampleCapSeconds, appendBatch);
  const batch1 = await measureAppends(1, plan.size, plan.sampleCapSeconds, appendBatch);
  await store.close();
  // The adapter sets synchronous = FULL on its connection (see open-database.ts).
  return {
    store: timeOrderedIds ? 'ladder-v7' : 'ladder',
    size: plan.size,
    synchronous: 'FULL',
    appends: [batch1, batch10, fill],
    read,
    peakRssMb: peakRssMb(),
  };
};
