import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { checkDateOrTime, checkLimit, invalidQuery, type InvalidQuery } from '../query-error';
import type { JsonValue } from '@ladder/event-store';
import { AUDIT_EVENT } from './projection';

export interface AuditEntry {
  readonly position: string;
  readonly eventId: string;
  readonly streamName: string;
  readonly revision: number;
  readonly staffId: string | null;
  readonly type: string;
  readonly schemaVersion: number;
  readonly recordedAt: string;
  readonly effectiveAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly reason: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  /** The payload without personal data (kept erasable, out of the audit copy). */
  readonly data: JsonValue;
  readonly hadPersonalData: boolean;
  /** Set on a retraction: the event it withdraws. */
  readonly retracts: string | null;
  /** Set on a retracted event: the retraction that withdrew it. */
  readonly retractedBy: string | null;
  readonly hash: string;
  readonly previousHash: string;
}

export interface AuditFilter {
  readonly staffId?: string;
  readonly actorId?: string;
  readonly type?: string;
  /** Inclusive bounds on `recordedAt` (ISO 8601; a bare date counts as its start). */
  readonly recordedFrom?: string;
  readonly recordedTo?: string;
  /** Inclusive bounds on `effectiveAt`. */
  readonly effectiveFrom?: string;
  readonly effectiveTo?: string;
  /** Opaque cursor from the previous page (`nextCursor`). */
  readonly cursor?: string;
  /** 1–500, default 50. */
  readonly limit?: number;
}

export interface AuditPage {
  readonly entries: readonly AuditEntry[];
  /** Pass as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

interface Row {
  position: bigint;
  event_id: string;
  stream_name: string;
  revision: bigint;
  staff_id: string | null;
  type: string;
  schema_version: bigint;
  recorded_at: string;
  effective_at: string;
  actor_id: string;
  actor_role: string;
  reason: string | null;
  correlation_id: string;
  causation_id: string | null;
  data: string;
  has_personal: bigint;
  retracts_event_id: string | null;
  retracted_by_event_id: string | null;
  prev_hash: string;
  hash: string;
}

const toEntry = (r: Row): AuditEntry => ({
  position: r.position.toString(),
  eventId: r.event_id,
  streamName: r.stream_name,
  revision: Number(r.revision),
  staffId: r.staff_id,
  type: r.type,
  schemaVersion: Number(r.schema_version),
  recordedAt: r.recorded_at,
  effectiveAt: r.effective_at,
  actor: { id: r.actor_id, role: r.actor_role },
  reason: r.reason,
  correlationId: r.correlation_id,
  causationId: r.causation_id,
  data: JSON.parse(r.data) as JsonValue,
  hadPersonalData: r.has_personal === 1n,
  retracts: r.retracts_event_id,
  retractedBy: r.retracted_by_event_id,
  hash: r.hash,
  previousHash: r.prev_hash,
});

// ISO strings compare in time order when they share a format; an upper bound given as a
// bare date must include that whole day.
const upper = (bound: string): string => (bound.length === 10 ? `${bound}T99` : bound);

/**
 * The audit trail, oldest first, in global order: per staff member (their stream and the
 * regrade and vacancy events about them) or organisation-wide, filtered and paged by cursor.
 */
export const auditTrail = (
  db: Database,
  filter: AuditFilter = {},
): E.Either<InvalidQuery, AuditPage> => {
  const limit = checkLimit('limit', filter.limit, 50, 500);
  if (E.isLeft(limit)) return limit;
  if (filter.cursor !== undefined && !/^\d{1,19}$/.test(filter.cursor))
    return invalidQuery('cursor', 'must be a cursor returned by the previous page');
  for (const field of ['recordedFrom', 'recordedTo', 'effectiveFrom', 'effectiveTo'] as const) {
    const value = filter[field];
    if (value === undefined) continue;
    const checked = checkDateOrTime(field, value);
    if (E.isLeft(checked)) return checked;
  }
  const where: string[] = [];
  const params: (string | bigint | number)[] = [];
  const add = (sql: string, value: string | bigint | undefined) => {
    if (value === undefined) return;
    where.push(sql);
    params.push(value);
  };
  add('staff_id = ?', filter.staffId);
  add('actor_id = ?', filter.actorId);
  add('type = ?', filter.type);
  add('recorded_at >= ?', filter.recordedFrom);
  add('recorded_at <= ?', filter.recordedTo === undefined ? undefined : upper(filter.recordedTo));
  add('effective_at >= ?', filter.effectiveFrom);
  add(
    'effective_at <= ?',
    filter.effectiveTo === undefined ? undefined : upper(filter.effectiveTo),
  );
  add('position > ?', filter.cursor === undefined ? undefined : BigInt(filter.cursor));
  const sql = `SELECT * FROM ${AUDIT_EVENT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY position LIMIT ?`;
  const rows = db
    .prepare<unknown[], Row>(sql)
    .safeIntegers(true)
    .all(...params, limit.right + 1);
  const page = rows.slice(0, limit.right).map(toEntry);
  return E.right({
    entries: page,
    nextCursor: rows.length > limit.right ? (page[page.length - 1]?.position ?? null) : null,
  });
};

/** One event's audit entry by id, with the links to what it retracts or what retracted it. */
export const auditEntry = (db: Database, eventId: string): AuditEntry | null => {
  const row = db
    .prepare<[string], Row>(`SELECT * FROM ${AUDIT_EVENT} WHERE event_id = ?`)
    .safeIntegers(true)
    .get(eventId);
  return row === undefined ? null : toEntry(row);
};
