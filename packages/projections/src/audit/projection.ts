import type { Database } from 'better-sqlite3';
import { storedFormOf, type RecordedEvent } from '@ladder/event-store';
import type { ProjectionDefinition, TableNamer } from '../runner/definition';
import { GENESIS, chainHash } from './hash-chain';
import { factsOnly, retractedBy, subjectOf as subjectFromEnvelope } from './subject';

export const AUDIT_EVENT = 'audit_event';
export const AUDIT_SUBJECT = 'audit_stream_subject';

const create = (db: Database, t: TableNamer): void => {
  const e = t(AUDIT_EVENT);
  db.exec(`CREATE TABLE "${e}" (
    position INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    stream_name TEXT NOT NULL,
    revision INTEGER NOT NULL,
    staff_id TEXT,
    type TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    effective_at TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    reason TEXT,
    correlation_id TEXT NOT NULL,
    causation_id TEXT,
    data TEXT NOT NULL,
    has_personal INTEGER NOT NULL,
    retracts_event_id TEXT,
    retracted_by_event_id TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  ) STRICT`);
  db.exec(`CREATE UNIQUE INDEX "${e}_stream" ON "${e}" (stream_name, revision)`);
  db.exec(`CREATE TABLE "${t(AUDIT_SUBJECT)}" (
    stream_name TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL
  ) STRICT, WITHOUT ROWID`);
};

// Only queries read these (the fold finds streams by the unique index above).
const queryIndexes = (t: TableNamer): readonly string[] => {
  const e = t(AUDIT_EVENT);
  return [
    `CREATE INDEX "${e}_staff" ON "${e}" (staff_id, position) WHERE staff_id IS NOT NULL`,
    `CREATE INDEX "${e}_actor" ON "${e}" (actor_id, position)`,
    `CREATE INDEX "${e}_type" ON "${e}" (type, position)`,
    `CREATE INDEX "${e}_recorded" ON "${e}" (recorded_at)`,
  ];
};

const bind = (db: Database, t: TableNamer) => {
  const e = t(AUDIT_EVENT);
  const s = t(AUDIT_SUBJECT);
  const lastHash = db
    .prepare<[string], { hash: string; revision: bigint }>(
      `SELECT hash, revision FROM "${e}" WHERE stream_name = ? ORDER BY revision DESC LIMIT 1`,
    )
    .safeIntegers(true);
  const knownSubject = db.prepare<[string], { staff_id: string }>(
    `SELECT staff_id FROM "${s}" WHERE stream_name = ?`,
  );
  const rememberSubject = db.prepare(
    `INSERT INTO "${s}" (stream_name, staff_id) VALUES (?, ?) ON CONFLICT DO NOTHING`,
  );
  // What the tables say, kept in memory so most events need no lookup: each stream's latest
  // link and regrade/vacancy streams' subjects (null: none recorded). Every write goes through
  // here, so they stay true; the runner calls `discard` when writes may not have stuck. Bounded:
  // past the limit they start afresh and read the tables again.
  const heads = new Map<string, { readonly revision: bigint; readonly hash: string }>();
  const subjects = new Map<string, string | null>();
  const LIMIT = 200_000;
  const headOf = (stream: string) => {
    let head = heads.get(stream);
    if (head === undefined) {
      head = lastHash.get(stream);
      if (head !== undefined) heads.set(stream, head);
    }
    return head;
  };
  const subjectOf = (stream: string): string | null => {
    const cached = subjects.get(stream);
    if (cached !== undefined) return cached;
    const found = knownSubject.get(stream)?.staff_id ?? null;
    subjects.set(stream, found);
    return found;
  };
  const remember = (stream: string, staffId: string) => {
    if (subjectOf(stream) !== null) return; // the first subject recorded stays
    rememberSubject.run(stream, staffId);
    subjects.set(stream, staffId);
  };
  const insert =
    db.prepare(`INSERT INTO "${e}" (position, event_id, stream_name, revision, staff_id,
      type, schema_version, recorded_at, effective_at, actor_id, actor_role, reason, correlation_id,
      causation_id, data, has_personal, retracts_event_id, retracted_by_event_id, prev_hash, hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`);
  const linkRetraction = db.prepare(
    `UPDATE "${e}" SET retracted_by_event_id = ? WHERE event_id = ? AND retracted_by_event_id IS NULL`,
  );
  return {
    apply(event: RecordedEvent): void {
      if (heads.size > LIMIT) heads.clear();
      if (subjects.size > LIMIT) subjects.clear();
      const head = headOf(event.streamName);
      const previous = head?.hash ?? GENESIS;
      const subject = subjectFromEnvelope(event);
      let staffId = subject.staffId;
      if (staffId === null) staffId = subjectOf(event.streamName);
      else if (!subject.ownStream) remember(event.streamName, staffId);
      const retracts = retractedBy(event);
      const { facts, hadPersonal } = factsOnly(event.data);
      // What the store holds (a sealed personal part stays the same bytes after an erasure).
      const hash = chainHash(previous, storedFormOf(event));
      insert.run(
        event.position,
        event.eventId,
        event.streamName,
        event.revision,
        staffId,
        event.type,
        event.schemaVersion,
        event.recordedAt,
        event.effectiveAt,
        event.actor.id,
        event.actor.role,
        event.reason ?? null,
        event.correlationId,
        event.causationId,
        JSON.stringify(facts),
        hadPersonal ? 1 : 0,
        retracts,
        previous,
        hash,
      );
      if (head === undefined || head.revision < event.revision)
        heads.set(event.streamName, { revision: event.revision, hash });
      if (retracts !== null) linkRetraction.run(event.eventId, retracts);
    },
    discard(): void {
      heads.clear();
      subjects.clear();
    },
  };
};

/** Every event, who recorded it and why, each stream hash-chained. Reads only the envelope. */
export const auditTrailProjection: ProjectionDefinition = {
  name: 'audit-trail',
  version: 1,
  tables: [AUDIT_EVENT, AUDIT_SUBJECT],
  create,
  queryIndexes,
  bind,
};
