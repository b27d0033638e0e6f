import type { JsonValue, RecordedEvent } from '@ladder/event-store';

// Rebuilds each plain object with its keys in sorted order; JSON.stringify then writes them
// in that order (string keys keep insertion order), natively and without spaces.
const sortKeys = (_key: string, value: unknown): unknown => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) sorted[k] = (value as Record<string, unknown>)[k];
  return sorted;
};

/** JSON with object keys sorted at every depth: one byte string per value, whatever the key order. */
export const canonicalJson = (value: JsonValue): string => JSON.stringify(value, sortKeys);

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
