import type { JsonValue, RecordedEvent } from '@ladder/event-store';

/** JSON with object keys sorted at every depth: one byte string per value, whatever the key order. */
export const canonicalJson = (value: JsonValue): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v: JsonValue) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as { readonly [key: string]: JsonValue })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
  return `{${entries.join(',')}}`;
};

/**
 * What the hash chain covers: everything the event says, and when it was recorded.
 * The global position is left out on purpose: it is the store's bookkeeping and differs
 * between the SQLite and EventStoreDB logs, while the stream revision does not.
 */
export const eventContent = (event: RecordedEvent): JsonValue => ({
  streamName: event.streamName,
  revision: event.revision.toString(),
  eventId: event.eventId,
  type: event.type,
  schemaVersion: event.schemaVersion,
  recordedAt: event.recordedAt,
  effectiveAt: event.effectiveAt,
  actor: { id: event.actor.id, role: event.actor.role },
  reason: event.reason ?? null,
  correlationId: event.correlationId,
  causationId: event.causationId,
  data: event.data,
});
