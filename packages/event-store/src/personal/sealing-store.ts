import * as E from 'fp-ts/Either';
import type { NewEvent, RecordedEvent } from '../port/envelope';
import type { EventStore, Subscription, SubscriptionMessage } from '../port/event-store';
import type { EventStoreError } from '../port/errors';
import type { KeyLookup, PersonalKeyService } from './key-service';
import { open, seal } from './seal';
import {
  isJsonObject,
  personalPartOf,
  sealedFormOf,
  withPersonal,
  type ErasedPersonalMarker,
} from './sealed-form';
import { rememberStoredForm } from './stored-form';

/** The person whose key seals an event's personal part, and which of their keys. */
export interface PersonalKeyRef {
  readonly subject: string;
  readonly keyId: string;
}

export interface SealingOptions {
  readonly keys: PersonalKeyService;
  /** Which key seals this event's personal part; null when the event names no person. */
  readonly keyOf: (streamName: string, event: NewEvent) => PersonalKeyRef | null;
}

/**
 * A decorator over any event store: the `personal` part of every appended event is sealed
 * (AES-256-GCM, a data key per person) before the store sees it, and opened again on every
 * read. Where the key was destroyed, readers get an `ErasedPersonalMarker` in its place.
 * Clear-text personal parts written before sealing existed are read as they are.
 */
export const sealPersonalData = (store: EventStore, options: SealingOptions): EventStore => {
  const { keys, keyOf } = options;

  const sealEvent = async (
    streamName: string,
    event: NewEvent,
    index: number,
  ): Promise<E.Either<EventStoreError, NewEvent>> => {
    const personal = personalPartOf(event.data);
    if (personal === null || sealedFormOf(personal) !== null || !isJsonObject(event.data))
      return E.right(event);
    const field = `events[${index}].data.personal`;
    const ref = keyOf(streamName, event);
    if (ref === null)
      return E.left({
        code: 'InvalidInput',
        field,
        message: `personal data on stream "${streamName}", which names no person to seal it for`,
      });
    const key = await keys.keyForWriting(ref.subject, ref.keyId);
    if (key.kind === 'subject-erased')
      return E.left({
        code: 'InvalidInput',
        field,
        message: `the personal data of ${ref.subject} was erased on ${key.erasedAt}: no new personal data is kept for them`,
      });
    const sealed = seal(personal, key.key, ref.keyId, event.eventId);
    return E.right({ ...event, data: withPersonal(event.data, { sealed: { ...sealed } }) });
  };

  type Lookup = (keyId: string) => Promise<KeyLookup>;
  const lookUp: Lookup = (keyId) => keys.keyForReading(keyId);
  /**
   * Within one bounded read (a stream, a pass over the log) each key is looked up once: the
   * read sees the keys as they were when it reached them. A subscription, which may live for
   * days, looks up every time, so an erasure shows at once.
   */
  const cached = (): Lookup => {
    const seen = new Map<string, Promise<KeyLookup>>();
    return (keyId) => {
      let found = seen.get(keyId);
      if (found === undefined) {
        if (seen.size > 10_000) seen.clear();
        found = keys.keyForReading(keyId);
        seen.set(keyId, found);
      }
      return found;
    };
  };

  const openEvent = async (event: RecordedEvent, lookup: Lookup): Promise<RecordedEvent> => {
    const personal = personalPartOf(event.data);
    const sealed = personal === null ? null : sealedFormOf(personal);
    if (sealed === null || !isJsonObject(event.data)) return event;
    const found = await lookup(sealed.key);
    let clear;
    if (found.kind === 'key') clear = open(sealed, found.key, event.eventId);
    else {
      const marker: ErasedPersonalMarker =
        found.kind === 'destroyed'
          ? { erased: true, erasedAt: found.destroyedAt }
          : { erased: true };
      clear = { ...marker };
    }
    const opened: RecordedEvent = { ...event, data: withPersonal(event.data, clear) };
    rememberStoredForm(opened, event);
    return opened;
  };

  async function* opening(events: AsyncIterable<RecordedEvent>): AsyncIterable<RecordedEvent> {
    const lookup = cached();
    for await (const event of events) yield await openEvent(event, lookup);
  }

  const sealAll = async (
    streamName: string,
    events: readonly NewEvent[],
  ): Promise<E.Either<EventStoreError, NewEvent[]>> => {
    const sealed: NewEvent[] = [];
    for (const [i, event] of events.entries()) {
      const result = await sealEvent(streamName, event, i);
      if (E.isLeft(result)) return result;
      sealed.push(result.right);
    }
    return E.right(sealed);
  };

  // Appends reach the store in the order they were called, as they would without sealing:
  // sealing one may wait on its key while the next has nothing to seal, and a caller that
  // sends many at once (seeding, imports) relies on their order (a person's joining before
  // their facts). Each is sealed at once, then handed over once those before it were.
  let handedOver: Promise<void> = Promise.resolve();

  return {
    async append(streamName, events, appendOptions) {
      const before = handedOver;
      let handOver = (): void => undefined;
      handedOver = new Promise<void>((resolve) => (handOver = resolve));
      try {
        const sealed = await sealAll(streamName, events);
        await before;
        return E.isLeft(sealed) ? sealed : store.append(streamName, sealed.right, appendOptions);
      } finally {
        handOver();
      }
    },
    readStream: (streamName, readOptions) => opening(store.readStream(streamName, readOptions)),
    streamRevision: (streamName) => store.streamRevision(streamName),
    readAll: (readOptions) => opening(store.readAll(readOptions)),
    subscribeToAll(subscribeOptions): Subscription {
      const inner = store.subscribeToAll(subscribeOptions);
      async function* messages(): AsyncIterator<SubscriptionMessage> {
        for await (const message of inner)
          yield message.kind === 'event'
            ? { kind: 'event', event: await openEvent(message.event, lookUp) }
            : message;
      }
      return { close: () => inner.close(), [Symbol.asyncIterator]: messages };
    },
    headPosition: () => store.headPosition(),
    close: () => store.close(),
  };
};
