import type { JsonValue, RecordedEvent } from '@ladder/event-store';

// Rebuilds each plain object with its keys in sorted order; JSON.stringify then writes them
// in that order (string keys keep insertion order), natively and without spaces. This is the
// reference the chain was defined with; `canonicalJson` writes the same bytes faster.
const sortKeys = (_key: string, value: unknown): unknown => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) sorted[k] = (value as Record<string, unknown>)[k];
  return sorted;
};

/** The reference canonical form (slow: it copies every object); kept to test against. */
export const canonicalJsonReference = (value: JsonValue): string => JSON.stringify(value, sortKeys);

// Integer-like keys ("0", "17") come first, ascending, in any object's key order (the
// reference's sorted copy too); the others must be in sorted order.
const isIndexKey = (k: string): boolean => {
  const c = k.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  return String(Number(k) >>> 0) === k && k !== '4294967295';
};

class Unusual extends Error {}

const inOrder = (keys: readonly string[]): boolean => {
  let previous: string | null = null;
  for (const k of keys) {
    // The reference's copy would set a prototype instead of a key: copy the way it does.
    if (k === '__proto__') return false;
    if (previous === null) {
      if (!isIndexKey(k)) previous = k;
    } else if (!(previous < k)) return false;
    else previous = k;
  }
  return true;
};

/**
 * The value itself when every object in it already has its keys in canonical order (most
 * do), else a copy sorted the way the reference sorts: native JSON.stringify then writes it.
 */
const normalised = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const n = normalised(v);
      if (n !== v) {
        copy ??= value.slice();
        copy[i] = n;
      }
    }
    return copy ?? value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new Unusual();
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (inOrder(keys)) {
    let copy: Record<string, unknown> | null = null;
    for (const k of keys) {
      const v = record[k];
      const n = normalised(v);
      if (n !== v) {
        copy ??= { ...record };
        copy[k] = n;
      }
    }
    return copy ?? value;
  }
  const sorted: Record<string, unknown> = {};
  for (const k of keys.sort()) sorted[k] = normalised(record[k]);
  return sorted;
};

/** JSON with object keys sorted at every depth: one byte string per value, whatever the key order. */
export const canonicalJson = (value: JsonValue): string => {
  try {
    return JSON.stringify(normalised(value));
  } catch (error) {
    if (!(error instanceof Unusual)) throw error;
    return canonicalJsonReference(value);
  }
};

/**
 * What the hash chain covers: everything the event says, and when it was recorded.
 * The global position is left out on purpose: it is the store's bookkeeping and differs
 * between the SQLite and EventStoreDB logs, while the stream revision does not.
 */
export const eventContent = (event: RecordedEvent): JsonValue => ({
  // Written in canonical (sorted) key order, so canonicalJson need not copy it.
  actor: { id: event.actor.id, role: event.actor.role },
  causationId: event.causationId,
  correlationId: event.correlationId,
  data: event.data,
  effectiveAt: event.effectiveAt,
  eventId: event.eventId,
  reason: event.reason ?? null,
  recordedAt: event.recordedAt,
  revision: event.revision.toString(),
  schemaVersion: event.schemaVersion,
  streamName: event.streamName,
  type: event.type,
});
