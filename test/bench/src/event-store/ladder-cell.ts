import { join } from 'node:path';
import { commandEventId, derivedEventId } from '@ladder/domain';
import { getSqliteEventStore, type NewEvent } from '@ladder/event-store';
import { measureAppends, measureRead, peakRssMb, smallEvent, type CellResult } from './measure';
import type { CellPlan } from './plan';

/** In-flight appends for the group-commit rows: the HTTP bench's 32 connections. */
export const inFlight = 32;

/** One small bench event with the given id (shared with event-ids.bench.ts). */
export const newEvent = (index: number, eventId: string): NewEvent => ({
  eventId,
  type: 'StaffJoined',
  schemaVersion: 1,
  effectiveAt: '2024-04-01T00:00:00.000Z',
  actor: { id: 'bench', role: 'hr' },
  correlationId: 'bench',
  causationId: null,
  data: smallEvent(index).data,
});

// The command id the HTTP API derives from an Idempotency-Key (services/api run-command.ts).
const commandIdOf = (append: number, stream: string): string =>
  `http:bench:hr-admin:key-${append}:${stream}:JoinStaff`;

/**
 * Ladder's SQLite adapter, through the EventStore port, as the application uses it, with the
 * ids the application writes: each append is one command, its events' ids derived from the
 * command id (`commandEventId`, time-ordered). With `v5Ids` the same workload uses the
 * name-based v5 ids commands wrote before (`derivedEventId`), to show what random-looking
 * ids cost the unique event-id index.
 */
export const runLadder = async (
  dir: string,
  plan: CellPlan,
  v5Ids = false,
): Promise<CellResult> => {
  const path = join(dir, 'ladder.db');
  const store = getSqliteEventStore({ path });
  let written = 0;
  const appendBatch = async (batch: number, append: number): Promise<void> => {
    const first = written;
    written += batch;
    const stream = smallEvent(first).stream;
    const commandId = commandIdOf(append + first, stream);
    const at = Date.now();
    const events = Array.from({ length: batch }, (_, i) =>
      newEvent(first + i, v5Ids ? derivedEventId(commandId, i) : commandEventId(commandId, i, at)),
    );
    const result = await store.append(stream, events);
    if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
  };
  const fill = await measureAppends(100, plan.size, plan.fillCapSeconds, appendBatch);
  const read = await measureRead(async () => {
    let count = 0;
    for await (const _ of store.readAll()) count += 1;
    return count;
  });
  const batch10 = await measureAppends(10, plan.size, plan.sampleCapSeconds, appendBatch);
  const batch1 = await measureAppends(1, plan.size, plan.sampleCapSeconds, appendBatch);
  const concurrent1 = await measureAppends(
    1,
    plan.size,
    plan.sampleCapSeconds,
    appendBatch,
    inFlight,
  );
  await store.close();
  // The adapter sets synchronous = FULL on its connections (see open-database.ts).
  return {
    store: v5Ids ? 'ladder-v5' : 'ladder',
    size: plan.size,
    synchronous: 'FULL',
    appends: [batch1, batch10, fill, concurrent1],
    read,
    peakRssMb: peakRssMb(),
  };
};
