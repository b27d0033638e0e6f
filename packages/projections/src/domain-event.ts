import * as E from 'fp-ts/Either';
import { decodeEvent, isDomainEventType, parseStreamName, type DomainEvent } from '@ladder/domain';
import type { RecordedEvent } from '@ladder/event-store';

/**
 * Reads the domain event in an envelope, upcast to its current schema; null for events that
 * are not Ladder's (another system's type on another system's stream). A Ladder event that
 * does not decode throws, which stops the projection folding it, naming the event. Each
 * envelope is decoded once per reader, however many read models fold it: the read-model
 * database's memory holds one reader for all of its projections.
 */
export const domainEventReader = (): ((event: RecordedEvent) => DomainEvent | null) => {
  const decodedEvents = new WeakMap<RecordedEvent, DomainEvent | null>();
  return (event) => {
    const cached = decodedEvents.get(event);
    if (cached !== undefined) return cached;
    const ours = isDomainEventType(event.type) || E.isRight(parseStreamName(event.streamName));
    const decoded = decodeEvent(event);
    if (E.isLeft(decoded)) {
      if (!ours) {
        decodedEvents.set(event, null);
        return null;
      }
      throw new Error(`cannot decode: ${decoded.left.message}`);
    }
    decodedEvents.set(event, decoded.right);
    return decoded.right;
  };
};

/** The calendar date (UTC) an envelope's `effectiveAt` falls on. */
export const effectiveDate = (event: RecordedEvent): string =>
  new Date(Date.parse(event.effectiveAt)).toISOString().slice(0, 10);

/** The id of the aggregate whose stream holds the event, when it is of the given kind. */
export const streamIdOf = (
  event: RecordedEvent,
  kind: 'staff' | 'vacancy' | 'regrade' | 'policy' | 'framework',
): string | null => {
  const stream = parseStreamName(event.streamName);
  return E.isRight(stream) && stream.right.kind === kind ? stream.right.id : null;
};
