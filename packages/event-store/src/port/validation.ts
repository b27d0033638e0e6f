import * as E from 'fp-ts/Either';
import type { EventStoreError } from './errors';
import type { JsonValue, NewEvent } from './envelope';
import { limits } from './limits';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// ISO 8601 date-time with an explicit offset, e.g. 2024-04-01T00:00:00.000Z.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const invalid = (field: string, message: string): E.Either<EventStoreError, never> =>
  E.left({ code: 'InvalidInput', field, message });

// A plain function, so the caller's `events` keeps its element type (Array.isArray narrows to any[]).
const isNonEmptyArray = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

export const validateStreamName = (streamName: unknown): E.Either<EventStoreError, string> => {
  if (typeof streamName !== 'string' || streamName.length === 0)
    return invalid('streamName', 'must be a non-empty string');
  if (streamName.length > limits.streamName.maxLength)
    return invalid('streamName', `must be at most ${limits.streamName.maxLength} characters`);
  if (!limits.streamName.pattern.test(streamName))
    return invalid(
      'streamName',
      'may contain only letters, digits, "_", ".", ":" and "-", and must not start with "$" or a symbol',
    );
  return E.right(streamName);
};

const isJson = (value: unknown, depth = 0): value is JsonValue => {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((v) => isJson(v, depth + 1));
  if (typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.values(value).every((v) => isJson(v, depth + 1));
  }
  return false;
};

const text = (
  field: string,
  value: unknown,
  required: boolean,
): E.Either<EventStoreError, void> => {
  if (value === undefined && !required) return E.right(undefined);
  if (typeof value !== 'string' || (required && value.length === 0))
    return invalid(field, required ? 'must be a non-empty string' : 'must be a string');
  if (value.length > limits.textLength)
    return invalid(field, `must be at most ${limits.textLength} characters`);
  return E.right(undefined);
};

/** Checks one event's envelope; returns its serialised size for the batch limit. */
const validateEvent = (event: NewEvent, at: string): E.Either<EventStoreError, number> => {
  if (typeof event !== 'object' || event === null) return invalid(at, 'must be an object');
  if (typeof event.eventId !== 'string' || !UUID.test(event.eventId))
    return invalid(`${at}.eventId`, 'must be a UUID');
  if (
    typeof event.type !== 'string' ||
    event.type.length > limits.eventType.maxLength ||
    !limits.eventType.pattern.test(event.type)
  )
    return invalid(
      `${at}.type`,
      `must be PascalCase words (optionally dotted), at most ${limits.eventType.maxLength} characters`,
    );
  if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1)
    return invalid(`${at}.schemaVersion`, 'must be an integer >= 1');
  if (
    typeof event.effectiveAt !== 'string' ||
    !ISO_DATE_TIME.test(event.effectiveAt) ||
    Number.isNaN(Date.parse(event.effectiveAt))
  )
    return invalid(`${at}.effectiveAt`, 'must be an ISO 8601 date-time with a time zone');
  if (typeof event.actor !== 'object' || event.actor === null)
    return invalid(`${at}.actor`, 'must be an object with id and role');
  const checks = [
    text(`${at}.actor.id`, event.actor.id, true),
    text(`${at}.actor.role`, event.actor.role, true),
    text(`${at}.reason`, event.reason, false),
    text(`${at}.correlationId`, event.correlationId, true),
    event.causationId === null
      ? E.right(undefined)
      : text(`${at}.causationId`, event.causationId, true),
  ];
  for (const check of checks) if (E.isLeft(check)) return check;
  if (!isJson(event.data))
    return invalid(
      `${at}.data`,
      'must be plain JSON (no undefined, NaN, bigint or class instances)',
    );
  const size = utf8Length(JSON.stringify(event));
  if (size > limits.eventBytes)
    return E.left({ code: 'PayloadTooLarge', field: at, size, limit: limits.eventBytes });
  return E.right(size);
};

/** Everything an append must satisfy before any adapter writes a byte. */
export const validateAppend = (
  streamName: unknown,
  events: readonly NewEvent[],
): E.Either<EventStoreError, void> => {
  const name = validateStreamName(streamName);
  if (E.isLeft(name)) return name;
  if (!isNonEmptyArray(events)) return invalid('events', 'must be a non-empty array');
  if (events.length > limits.eventsPerAppend)
    return invalid('events', `must hold at most ${limits.eventsPerAppend} events`);
  const ids = new Set<string>();
  let total = 0;
  for (const [i, event] of events.entries()) {
    const size = validateEvent(event, `events[${i}]`);
    if (E.isLeft(size)) return size;
    if (ids.has(event.eventId))
      return invalid(`events[${i}].eventId`, 'is repeated within the batch');
    ids.add(event.eventId);
    total += size.right;
  }
  if (total > limits.appendBytes)
    return E.left({
      code: 'PayloadTooLarge',
      field: 'events',
      size: total,
      limit: limits.appendBytes,
    });
  return E.right(undefined);
};
