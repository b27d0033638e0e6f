import { handleCommand, type Aggregate, type CommandError } from '@ladder/application';
import type { ActorRef, DomainEvent, StreamId } from '@ladder/domain';
import { EventStoreException, type EventStore } from '@ladder/event-store';
import * as E from 'fp-ts/Either';
import type { Applied, Rejection } from './fact-handler';

export interface ApplyOnceInput<C extends { readonly actor: ActorRef }, Ev extends DomainEvent, S> {
  readonly store: EventStore;
  readonly aggregate: Aggregate<C, Ev, S>;
  readonly stream: StreamId;
  readonly command: C;
  /** Derived from the inbound message id: the same message always has the same command id. */
  readonly commandId: string;
  readonly correlationId: string;
}

/** A rejection for what can never succeed; a thrown error for what may succeed on redelivery. */
const toRejection = (error: CommandError): Rejection => {
  switch (error.kind) {
    case 'domain':
      return {
        code: 'refused',
        reason: `${error.error.code}: ${error.error.message} (rule: ${error.error.rule})`,
      };
    case 'unreadable-stream':
      return {
        code: 'refused',
        reason: `stream ${error.streamName} cannot be read: ${error.error.message}`,
      };
    case 'stale':
      // Consumers name no expected revision, so this cannot come; if it does, retry later.
      throw new EventStoreException(error.error);
    case 'store': {
      const store = error.error;
      if (store.code === 'InvalidInput')
        return { code: 'invalid', reason: `${store.field}: ${store.message}` };
      if (store.code === 'PayloadTooLarge')
        return {
          code: 'invalid',
          reason: `${store.field}: ${store.size} bytes, over ${store.limit}`,
        };
      // Unavailable, or still racing other writers after the retries: try again later.
      throw new EventStoreException(store);
    }
  }
};

/**
 * Applies one inbound fact exactly once, through the application's command handler (load,
 * fold, decide, append with the expected revision, retry a lost race).
 *
 * Once-only: the command id derives from the message id and event ids from the command id,
 * so the append that records the effect is also the record that the message was handled.
 * A redelivered message (after a crash, a restart, a rebalance, or a sender's retry) finds
 * its events already in the stream and writes nothing: no separate dedupe table that could
 * disagree with the store.
 */
export const applyOnce = async <C extends { readonly actor: ActorRef }, Ev extends DomainEvent, S>(
  input: ApplyOnceInput<C, Ev, S>,
): Promise<E.Either<Rejection, Applied>> => {
  const written = await handleCommand(input.store, input.aggregate, input.stream, input.command, {
    commandId: input.commandId,
    correlationId: input.correlationId,
    causationId: input.commandId,
  });
  if (E.isLeft(written)) return E.left(toRejection(written.left));
  if (written.right.replayed) return E.right('duplicate');
  return E.right(written.right.events.length === 0 ? 'unchanged' : 'applied');
};
