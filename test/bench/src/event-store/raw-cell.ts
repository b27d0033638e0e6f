import { join } from 'node:path';
import Database from 'better-sqlite3';
import { measureAppends, measureRead, peakRssMb, smallEvent, type CellResult } from './measure';
import type { CellPlan } from './plan';

/**
 * The physical limit: the same rows inserted by better-sqlite3 in ONE transaction, with the
 * same WAL + synchronous=FULL, no secondary index, no validation, no concurrency check.
 */
export const runRaw = async (dir: string, plan: CellPlan): Promise<CellResult> => {
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY, stream_name TEXT NOT NULL,
    revision INTEGER NOT NULL, event_id TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL)`);
  const insert = db.prepare(
    'INSERT INTO events (stream_name, revision, event_id, type, data) VALUES (?, ?, ?, ?, ?)',
  );
  const insertAll = db.transaction((count: number) => {
    for (let i = 0; i < count; i += 1) {
      const { stream, data } = smallEvent(i);
      insert.run(
        stream,
        Math.floor(i / 1000),
        crypto.randomUUID(),
        'StaffJoined',
        JSON.stringify(data),
      );
    }
  });
  const oneTransaction = await measureAppends(
    plan.size,
    plan.size,
    Number.POSITIVE_INFINITY,
    (count) => insertAll(count),
  );
  const read = await measureRead(() => {
    let count = 0;
    const select = db.prepare<[], { data: string }>('SELECT * FROM events ORDER BY position');
    for (const row of select.iterate()) {
      JSON.parse(row.data);
      count += 1;
    }
    return count;
  });
  db.close();
  return {
    store: 'raw',
    size: plan.size,
    synchronous: 'FULL',
    appends: [oneTransaction],
    read,
    peakRssMb: peakRssMb(),
  };
};
