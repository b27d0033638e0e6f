import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { getSqliteEventStore, type NewEvent } from '@ladder/event-store';
import { generateCouncil } from '@ladder/demo';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
// Staff, vacancy and case ids as the generator writes them: s00001, v00001, c00001.
const LOCAL_ID = /\b([svc])(\d{5})\b/g;

/** The same council again as another part of the organisation: every id renamed, consistently. */
const replicate = (json: string, replica: number): string =>
  json
    .replace(UUID, (id) => {
      const h = createHash('sha1').update(`${replica}:${id}`).digest('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
    })
    .replace(LOCAL_ID, (_m, kind: string, n: string) => `${kind}${replica}x${n}`);

/**
 * A log of about `target` events: a generated council (400 staff, 6 years) repeated as many
 * organisational units as needed, interleaved in time order. It is bulk-inserted into the
 * SQLite adapter's own table in one transaction (the adapter created the file and its schema),
 * because a million single appends with an fsync each would take an hour; the adapter's
 * append rate is the event-store benchmark's subject, not this one's.
 */
export const buildLog = async (path: string, target: number): Promise<number> => {
  if (existsSync(path)) {
    const store = getSqliteEventStore({ path });
    const head = await store.headPosition();
    await store.close();
    if (head >= BigInt(target)) return Number(head);
    rmSync(path, { force: true });
  }
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const base = generateCouncil({ seed: 1, staff: 400, years: 6, startDate: '2019-04-01' });
  const replicas = Math.ceil(target / base.eventCount);
  const store = getSqliteEventStore({ path: building });
  // One real append through the adapter: the schema is the adapter's own.
  const first = base.appends[0];
  if (first === undefined) throw new Error('empty council');
  const appended = await store.append(first.streamName, first.events);
  if (appended._tag === 'Left') throw new Error(JSON.stringify(appended.left));
  await store.close();
  const db = new Database(building);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert =
    db.prepare(`INSERT INTO events (stream_name, revision, event_id, type, schema_version, recorded_at,
      effective_at, actor_id, actor_role, reason, correlation_id, causation_id, data, batch_start, batch_size)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`);
  const revisions = new Map<string, number>([[first.streamName, first.events.length - 1]]);
  let written = first.events.length;
  const recordedFrom = Date.parse('2025-06-01T00:00:00Z');
  db.transaction(() => {
    for (const [i, append] of base.appends.entries())
      for (let r = 0; r < replicas && written < target; r++) {
        if (i === 0 && r === 0) continue;
        const streamName = r === 0 ? append.streamName : replicate(append.streamName, r);
        for (const original of append.events) {
          const e =
            r === 0 ? original : (JSON.parse(replicate(JSON.stringify(original), r)) as NewEvent);
          const revision = (revisions.get(streamName) ?? -1) + 1;
          revisions.set(streamName, revision);
          insert.run(
            streamName,
            revision,
            e.eventId,
            e.type,
            e.schemaVersion,
            new Date(recordedFrom + written).toISOString(),
            e.effectiveAt,
            e.actor.id,
            e.actor.role,
            e.reason ?? null,
            e.correlationId,
            e.causationId,
            JSON.stringify(e.data),
            revision,
          );
          written++;
        }
      }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(building, path);
  rmSync(`${building}-wal`, { force: true });
  rmSync(`${building}-shm`, { force: true });
  return written;
};
