// Where the port's envelope lives in EventStoreDB: the event's type, id and data are the
// server's own fields; everything else is JSON custom metadata. `$correlationId` and
// `$causationId` are added because the server's own projections ($by_correlation_id)
// read those names; our decoder only trusts its own fields.
import { jsonEvent } from '@eventstore/db-client';
import type {
  EventData,
  JSONType,
  RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import * as t from 'io-ts';
import type { JsonValue, NewEvent, RecordedEvent } from '../port/envelope';
import type { EventStoreError } from '../port/errors';
import { positionOf } from './position';

const PositiveInt = t.refinement(t.number, (n) => Number.isInteger(n) && n >= 1, 'PositiveInt');

export const StoredEnvelope = t.intersection([
  t.type({
    schemaVersion: PositiveInt,
    effectiveAt: t.string,
    actor: t.type({ id: t.string, role: t.string }),
    correlationId: t.string,
    causationId: t.union([t.string, t.null]),
  }),
  t.partial({ reason: t.string }),
]);
export type StoredEnvelope = t.TypeOf<typeof StoredEnvelope>;

export const toMetadata = (event: NewEvent): StoredEnvelope & Record<string, unknown> => ({
  schemaVersion: event.schemaVersion,
  effectiveAt: event.effectiveAt,
  actor: { id: event.actor.id, role: event.actor.role },
  ...(event.reason === undefined ? {} : { reason: event.reason }),
  correlationId: event.correlationId,
  causationId: event.causationId,
  $correlationId: event.correlationId,
  ...(event.causationId === null ? {} : { $causationId: event.causationId }),
});

export const toEventData = (event: NewEvent): EventData =>
  jsonEvent({
    id: event.eventId,
    type: event.type,
    // The client's JSONType leaves out top-level null/number/boolean, yet it serialises
    // `data` with JSON.stringify and parses it back, so every JsonValue round-trips.
    data: event.data as JSONType,
    metadata: toMetadata(event),
  });

const isJsonValue = (value: unknown): value is JsonValue => {
  if (value === null || ['string', 'boolean'].includes(typeof value)) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return typeof value === 'object' && Object.values(value).every(isJsonValue);
};

const corrupt = (event: EsdbRecordedEvent, field: string, message: string): EventStoreError => ({
  code: 'InvalidInput',
  field: `stored event ${event.id} (${event.streamId}@${event.revision}).${field}`,
  message,
});

/** A stored EventStoreDB event as the port's RecordedEvent, or a typed error naming what is wrong. */
export const toRecordedEvent = (
  event: EsdbRecordedEvent,
): E.Either<EventStoreError, RecordedEvent> => {
  const position = positionOf(event.position);
  if (position === null)
    return E.left(
      corrupt(
        event,
        'position',
        'commit and prepare positions differ (explicit transaction); no lossless position',
      ),
    );
  if (!event.isJson || !isJsonValue(event.data))
    return E.left(corrupt(event, 'data', 'is not JSON'));
  const data: JsonValue = event.data;
  return pipe(
    StoredEnvelope.decode(event.metadata),
    E.mapLeft(() => corrupt(event, 'metadata', 'does not hold a Ladder envelope')),
    E.map((envelope): RecordedEvent => ({
      eventId: event.id,
      type: event.type,
      schemaVersion: envelope.schemaVersion,
      effectiveAt: envelope.effectiveAt,
      actor: { id: envelope.actor.id, role: envelope.actor.role },
      ...(envelope.reason === undefined ? {} : { reason: envelope.reason }),
      correlationId: envelope.correlationId,
      causationId: envelope.causationId,
      data,
      streamName: event.streamId,
      revision: event.revision,
      position,
      recordedAt: event.created.toISOString(),
    })),
  );
};

/** System events (`$`-typed, or in `$` streams: metadata, stats, links) are not Ladder's. */
export const isSystemEvent = (event: {
  readonly type: string;
  readonly streamId: string;
}): boolean => event.type.startsWith('$') || event.streamId.startsWith('$');
