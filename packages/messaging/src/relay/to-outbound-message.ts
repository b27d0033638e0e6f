import { decodeEvent, encodeEvent, parseStreamName, type UnknownStream } from '@ladder/domain';
import type { JsonValue, RecordedEvent } from '@ladder/event-store';
import * as E from 'fp-ts/Either';
import { eventHeaders } from '../contract/headers';
import { IntegrationEvent } from '../contract/integration-event';
import type { Topics } from '../contract/topics';

/** One Kafka message, ready for the producer. */
export interface OutboundMessage {
  readonly topic: string;
  readonly key: string;
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** The payload without its `personal` part (names, DBS details, notes stay in the store). */
const withoutPersonal = (data: JsonValue): Record<string, JsonValue> => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { value: data };
  const { personal: _personal, ...facts } = data as Record<string, JsonValue>;
  return facts;
};

/**
 * The payload in the current schema version (old versions upcast by the domain's codecs).
 * An event the domain cannot read is published as stored, so nothing is silently dropped.
 */
const currentVersionOf = (event: RecordedEvent): { schemaVersion: number; data: JsonValue } => {
  const decoded = decodeEvent(event);
  if (E.isLeft(decoded)) return { schemaVersion: event.schemaVersion, data: event.data };
  const encoded = encodeEvent(decoded.right);
  return { schemaVersion: encoded.schemaVersion, data: encoded.data };
};

/**
 * Maps a stored event to its integration event: topic per aggregate kind, keyed by the
 * aggregate id (so one staff member's events share a partition and stay in order).
 * The kind comes from the domain's stream-id parser, never from splitting the name here.
 */
export const toOutboundMessage = (
  event: RecordedEvent,
  topics: Topics,
): E.Either<UnknownStream, OutboundMessage> => {
  const stream = parseStreamName(event.streamName);
  if (E.isLeft(stream)) return stream;
  const { kind, id } = stream.right;
  const { schemaVersion, data } = currentVersionOf(event);
  const value: IntegrationEvent = {
    eventId: event.eventId,
    type: event.type,
    schemaVersion,
    aggregate: { kind, id },
    revision: event.revision.toString(),
    position: event.position.toString(),
    recordedAt: event.recordedAt,
    effectiveAt: event.effectiveAt,
    actor: { id: event.actor.id, role: event.actor.role },
    correlationId: event.correlationId,
    causationId: event.causationId,
    data: withoutPersonal(data),
  };
  return E.right({
    topic: topics.outbound(kind),
    key: id,
    value: JSON.stringify(IntegrationEvent.encode(value)),
    headers: {
      [eventHeaders.eventId]: event.eventId,
      [eventHeaders.eventType]: event.type,
      [eventHeaders.schemaVersion]: String(schemaVersion),
      [eventHeaders.correlationId]: event.correlationId,
    },
  });
};
