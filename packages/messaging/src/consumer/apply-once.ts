import {
  derivedEventId,
  encodeEvent,
  hydrate,
  type Decider,
  type DomainEvent,
} from '@ladder/domain';
import {
  EventStoreException,
  ExpectedRevision,
  type Actor,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@ladder/event-store';
import * as E from 'fp-ts/Either';
import type { Applied, Rejection } from './fact-handler';

export interface ApplyOnceInput<C, Ev extends DomainEvent, S> {
  readonly store: EventStore;
  readonly streamName: string;
  readonly decider: Decider<C, Ev, S>;
  readonly isEvent: (event: DomainEvent) => event is Ev;
  readonly command: C;
  /** Derived from the inbound message id: the same message always has the same command id. */
  readonly commandId: string;
  readonly envelope: {
    readonly actor: Actor;
    /** The business date-time the fact is true from. */
    readonly effectiveAt: string;
    readonly correlationId: string;
  };
  /** Attempts when another writer appended to the stream in between (default 5). */
  readonly maxAttempts?: number;
}

const readStream = async (store: EventStore, streamName: string): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamName)) events.push(event);
  return events;
};

const refused = (reason: string): E.Either<Rejection, never> => E.left({ code: 'refused', reason });

/**
 * Runs one command against one stream exactly once: read the stream, fold it with the
 * decider, decide, append with the revision that was read (re-read and retry on conflict).
 *
 * Once-only: the events get ids derived from the command id, and the append that records
 * the effect is what records that the message was handled, so a redelivered message (after
 * a crash, a restart, a rebalance) finds its first event id already in the stream and writes
 * nothing. No separate dedupe table can disagree with the store.
 */
export const applyOnce = async <C, Ev extends DomainEvent, S>(
  input: ApplyOnceInput<C, Ev, S>,
): Promise<E.Either<Rejection, Applied>> => {
  const { store, streamName, decider, commandId, envelope } = input;
  const firstEventId = derivedEventId(commandId, 0);
  const maxAttempts = input.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    const recorded = await readStream(store, streamName);
    if (recorded.some((event) => event.eventId === firstEventId)) return E.right('duplicate');
    const state = hydrate(decider, input.isEvent, recorded);
    if (E.isLeft(state))
      return refused(`stream ${streamName} cannot be read: ${state.left.message}`);
    const decided = decider.decide(input.command, state.right);
    if (E.isLeft(decided))
      return refused(`${decided.left.code}: ${decided.left.message} (rule: ${decided.left.rule})`);
    if (decided.right.length === 0) return E.right('unchanged');
    const events: NewEvent[] = decided.right.map((event, index) => ({
      ...encodeEvent(event),
      eventId: derivedEventId(commandId, index),
      effectiveAt: envelope.effectiveAt,
      actor: envelope.actor,
      correlationId: envelope.correlationId,
      causationId: commandId,
    }));
    const last = recorded[recorded.length - 1];
    const appended = await store.append(streamName, events, {
      expectedRevision:
        last === undefined ? ExpectedRevision.noStream : ExpectedRevision.exact(last.revision),
    });
    if (E.isRight(appended)) return E.right('applied');
    const error = appended.left;
    switch (error.code) {
      case 'WrongExpectedRevision':
      case 'DuplicateEventId':
        // Someone wrote in between (possibly this very message, delivered twice): look again.
        if (attempt < maxAttempts) continue;
        throw new EventStoreException(error);
      case 'InvalidInput':
        return E.left({ code: 'invalid', reason: `${error.field}: ${error.message}` });
      case 'PayloadTooLarge':
        return E.left({
          code: 'invalid',
          reason: `${error.field}: ${error.size} bytes is over ${error.limit}`,
        });
      case 'StoreUnavailable':
        throw new EventStoreException(error);
    }
  }
};
