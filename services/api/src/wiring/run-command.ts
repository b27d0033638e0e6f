import * as E from 'fp-ts/Either';
import { streamNameOf, type ActorRef, type DomainEvent } from '@ladder/domain';
import { handleCommand, type Aggregate, type CommandError } from '@ladder/application';
import type { EventStore } from '@ladder/event-store';
import type { RunCommand } from '../commands/command-port';
import { fromRefusal, fromStoreError } from '../http/from-domain';
import { apiError, type ApiError } from '../http/problem';
import type { RequestContext } from '../http/route';

const toApiError = (e: CommandError, ctx: RequestContext): ApiError => {
  switch (e.kind) {
    case 'domain':
      return fromRefusal(e.error);
    case 'stale':
    case 'store':
      return fromStoreError(e.error, ctx.expectedRevision);
    case 'unreadable-stream':
      return apiError('internal', `${e.streamName} cannot be read; an operator must look at it`);
  }
};

const reasonOf = (data: unknown): string | undefined => {
  if (typeof data !== 'object' || data === null || !('reason' in data)) return undefined;
  return typeof data.reason === 'string' ? data.reason : undefined;
};

/**
 * Runs a command through `@ladder/application`'s handleCommand. An Idempotency-Key becomes
 * the command id (per stream and command type, since one request may run two commands), so
 * even a retry after a crash finds its own events instead of writing again.
 */
export const makeRunCommand =
  <
    C extends { readonly type: string; readonly actor: ActorRef; readonly data: unknown },
    Ev extends DomainEvent,
    S,
  >(
    store: EventStore,
    aggregate: Aggregate<C, Ev, S>,
  ): RunCommand<C> =>
  async (stream, command, ctx) => {
    const streamName = streamNameOf(stream);
    const expectedRevision = ctx.expectedRevision;
    const reason = reasonOf(command.data) ?? ctx.reason;
    const result = await handleCommand(store, aggregate, stream, command, {
      ...(ctx.idempotencyKey !== undefined
        ? {
            // The role too: one subject's key used in another role is another command.
            commandId: `http:${ctx.principal.id}:${ctx.principal.role}:${ctx.idempotencyKey}:${streamName}:${command.type}`,
          }
        : {}),
      correlationId: ctx.correlationId,
      causationId: ctx.requestId,
      ...(reason !== undefined ? { reason } : {}),
      ...(expectedRevision !== undefined ? { expectedRevision } : {}),
    });
    if (E.isLeft(result)) return E.left(toApiError(result.left, ctx));
    const w = result.right;
    return E.right({
      streamName,
      revision: w.revision === 'no-stream' ? -1n : w.revision,
      position: w.position ?? 0n,
      eventIds: w.events.map((e) => e.eventId),
    });
  };
