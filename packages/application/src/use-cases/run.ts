import type * as E from 'fp-ts/Either';
import { streamNameOf, type DomainEvent, type StreamId } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import type { Aggregate } from '../aggregates';
import type { CommandError } from '../command-error';
import { handleCommand, type Written } from '../handle-command';
import { issue, type DataOf, type Definitions, type Issued } from './issue';
import type { RequestMeta } from './request';

/** A reason the person gave in the command itself (a rejection, a retraction) is the event's. */
const reasonIn = (data: unknown): string | undefined =>
  typeof data === 'object' && data !== null && 'reason' in data && typeof data.reason === 'string'
    ? data.reason
    : undefined;

/**
 * The command of type K, from its decoded data and the request, run on one stream of its
 * family's aggregate with the request's envelope.
 */
export const run = <D extends Definitions, K extends keyof D & string, Ev extends DomainEvent, S>(
  store: EventStore,
  aggregate: Aggregate<Issued<D, keyof D>, Ev, S>,
  definitions: D,
  stream: StreamId,
  type: K,
  data: DataOf<D, K>,
  request: RequestMeta,
): Promise<E.Either<CommandError, Written>> => {
  const reason = reasonIn(data) ?? request.reason;
  return handleCommand(store, aggregate, stream, issue(definitions, type, data, request), {
    ...(request.retryKey !== undefined
      ? { commandId: `${request.retryKey}:${streamNameOf(stream)}:${type}` }
      : {}),
    correlationId: request.correlationId,
    causationId: request.causationId,
    ...(reason !== undefined ? { reason } : {}),
    ...(request.expectedRevision !== undefined
      ? { expectedRevision: request.expectedRevision }
      : {}),
  });
};
