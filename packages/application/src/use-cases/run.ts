import type * as E from 'fp-ts/Either';
import { streamNameOf, type ActorRef, type DomainEvent, type StreamId } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import type { Aggregate } from '../aggregates';
import type { CommandError } from '../command-error';
import { handleCommand, type Written } from '../handle-command';
import type { RequestMeta } from './request';

type Command = { readonly type: string; readonly actor: ActorRef; readonly data: unknown };

/** A reason the person gave in the command itself (a rejection, a retraction) is the event's. */
const reasonIn = (data: unknown): string | undefined =>
  typeof data === 'object' && data !== null && 'reason' in data && typeof data.reason === 'string'
    ? data.reason
    : undefined;

/** One command of a use case, on one stream, with the request's envelope. */
export const run = <C extends Command, Ev extends DomainEvent, S>(
  store: EventStore,
  aggregate: Aggregate<C, Ev, S>,
  stream: StreamId,
  command: C,
  request: RequestMeta,
): Promise<E.Either<CommandError, Written>> => {
  const reason = reasonIn(command.data) ?? request.reason;
  return handleCommand(store, aggregate, stream, command, {
    ...(request.retryKey !== undefined
      ? { commandId: `${request.retryKey}:${streamNameOf(stream)}:${command.type}` }
      : {}),
    correlationId: request.correlationId,
    causationId: request.causationId,
    ...(reason !== undefined ? { reason } : {}),
    ...(request.expectedRevision !== undefined
      ? { expectedRevision: request.expectedRevision }
      : {}),
  });
};
