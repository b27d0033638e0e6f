import type { JsonValue, RecordedEvent } from '../port/envelope';

/** One row of `events`, read with safeIntegers so INTEGER columns arrive as bigint. */
export interface EventRow {
  readonly position: bigint;
  readonly stream_name: string;
  readonly revision: bigint;
  readonly event_id: string;
  readonly type: string;
  readonly schema_version: bigint;
  readonly recorded_at: string;
  readonly effective_at: string;
  readonly actor_id: string;
  readonly actor_role: string;
  readonly reason: string | null;
  readonly correlation_id: string;
  readonly causation_id: string | null;
  readonly data: string;
}

export const eventColumns = `position, stream_name, revision, event_id, type, schema_version,
  recorded_at, effective_at, actor_id, actor_role, reason, correlation_id, causation_id, data`;

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  eventId: row.event_id,
  type: row.type,
  schemaVersion: Number(row.schema_version),
  effectiveAt: row.effective_at,
  actor: { id: row.actor_id, role: row.actor_role },
  ...(row.reason === null ? {} : { reason: row.reason }),
  correlationId: row.correlation_id,
  causationId: row.causation_id,
  // Written by JSON.stringify of a value validateAppend accepted as JSON.
  data: JSON.parse(row.data) as JsonValue,
  streamName: row.stream_name,
  revision: row.revision,
  position: row.position,
  recordedAt: row.recorded_at,
});
