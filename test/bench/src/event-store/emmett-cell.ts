import { join } from 'node:path';
import {
  getSQLiteEventStore,
  readMessagesBatch,
  sqliteConnection,
} from '@event-driven-io/emmett-sqlite';
import { measureAppends, measureRead, peakRssMb, smallEvent, type CellResult } from './measure';
import { inFlight } from './ladder-cell';
import type { CellPlan } from './plan';

const synchronousNames: Record<number, string> = { 0: 'OFF', 1: 'NORMAL', 2: 'FULL', 3: 'EXTRA' };

/** Emmett's SQLite event store (sqlite3 driver), same events, same order of workloads. */
export const runEmmett = async (dir: string, plan: CellPlan): Promise<CellResult> => {
  const fileName = join(dir, 'emmett.db');
  // One ambient connection for the store and the reads, as Ladder uses one: Emmett's
  // default opens a connection per operation, which is slower and trips over its own
  // `PRAGMA journal_mode = WAL` while another connection is in a transaction.
  const connection = sqliteConnection({ fileName });
  const store = getSQLiteEventStore({
    fileName,
    schema: { autoMigration: 'CreateOrUpdate' },
    connectionOptions: { singleton: true, connection },
  });
  let written = 0;
  const appendBatch = async (batch: number): Promise<void> => {
    const first = written;
    written += batch;
    const events = Array.from({ length: batch }, (_, i) => ({
      type: 'StaffJoined',
      data: smallEvent(first + i).data,
      metadata: { actor: { id: 'bench', role: 'hr' }, correlationId: 'bench', causationId: null },
    }));
    await store.appendToStream(smallEvent(first).stream, events);
  };
  const fill = await measureAppends(100, plan.size, plan.fillCapSeconds, appendBatch);
  const read = await measureRead(async () => {
    let count = 0;
    let after = 0n;
    for (;;) {
      const { messages } = await readMessagesBatch(connection, { after, batchSize: 500 });
      const last = messages[messages.length - 1];
      if (last === undefined) return count;
      count += messages.length;
      after = last.metadata.globalPosition;
    }
  });
  const batch10 = await measureAppends(10, plan.size, plan.sampleCapSeconds, appendBatch);
  const batch1 = await measureAppends(1, plan.size, plan.sampleCapSeconds, appendBatch);
  // Emmett's store on one connection may refuse appends in flight together (a transaction
  // inside a transaction); the row then shows what it refused instead of a rate.
  const concurrent1 = await measureAppends(
    1,
    plan.size,
    plan.sampleCapSeconds,
    appendBatch,
    inFlight,
  ).catch((error: unknown) => {
    console.error(`emmett, ${inFlight} appends in flight: ${String(error)}`);
    return undefined;
  });
  const pragma = await connection.querySingle<{ synchronous: number }>('PRAGMA synchronous');
  connection.close();
  const synchronous = synchronousNames[pragma?.synchronous ?? -1] ?? 'unknown';
  return {
    store: 'emmett',
    size: plan.size,
    synchronous,
    appends:
      concurrent1 === undefined ? [batch1, batch10, fill] : [batch1, batch10, fill, concurrent1],
    read,
    peakRssMb: peakRssMb(),
  };
};
