import * as E from 'fp-ts/Either';
import type { RequestMeta, UseCaseError, Written } from '@ladder/application';
import { ActorRef, IsoDateTime } from '@ladder/domain';
import { fromUseCaseError } from '../http/from-domain';
import { apiError, type ApiError } from '../http/problem';
import type { Reply, RequestContext } from '../http/route';
import type { LadderServices } from '../services';

// The one crossing from HTTP into the application: a request becomes a use case's RequestMeta,
// the use case runs, and its typed answer becomes a reply or a problem (`fromUseCaseError`).

/**
 * The request as a use case sees it: the actor from the token, the instant from the edge's
 * clock, the envelope from the headers, If-Match as the port's ExpectedRevision unchanged.
 * An Idempotency-Key is scoped to the caller (subject and role) before it names commands.
 */
export const requestOf = (
  ctx: Pick<
    RequestContext,
    | 'principal'
    | 'correlationId'
    | 'requestId'
    | 'reason'
    | 'expectedRevision'
    | 'idempotencyKey'
    | 'log'
  >,
  now: Date,
): E.Either<ApiError, RequestMeta> => {
  const actor = { id: ctx.principal.id, role: ctx.principal.role };
  const at = now.toISOString();
  if (!ActorRef.is(actor)) return E.left(apiError('unauthenticated', 'the token names no subject'));
  if (!IsoDateTime.is(at)) return E.left(apiError('internal', `the clock reads ${at}`));
  return E.right({
    actor,
    at,
    correlationId: ctx.correlationId,
    causationId: ctx.requestId,
    ...(ctx.reason !== undefined ? { reason: ctx.reason } : {}),
    ...(ctx.expectedRevision !== undefined ? { expectedRevision: ctx.expectedRevision } : {}),
    ...(ctx.idempotencyKey !== undefined
      ? { retryKey: `http:${ctx.principal.id}:${ctx.principal.role}:${ctx.idempotencyKey}` }
      : {}),
  });
};

/** A use case's answer as HTTP: its value through `reply`, its refusal as a problem. */
export const answer = async <A>(
  result: Promise<E.Either<UseCaseError, A>>,
  reply: (a: A) => Reply,
): Promise<E.Either<ApiError, Reply>> => {
  const r = await result;
  return E.isLeft(r) ? E.left(fromUseCaseError(r.left)) : E.right(reply(r.right));
};

/** Runs a use case for this request (who asks, when, with which envelope) and answers it. */
export const callUseCase = async <A>(
  services: LadderServices,
  ctx: RequestContext,
  use: (request: RequestMeta) => Promise<E.Either<UseCaseError, A>>,
  reply: (a: A) => Reply,
): Promise<E.Either<ApiError, Reply>> => {
  const request = requestOf(ctx, services.now());
  return E.isLeft(request) ? request : answer(use(request.right), reply);
};

/** A write's reply: the stream revision is the body's and the ETag (none for an empty stream). */
export const written = (
  w: Written,
  status = 201,
  location?: string,
  body: Record<string, unknown> = {},
): Reply => ({
  status,
  body: {
    ...body,
    streamName: w.streamName,
    revision: w.revision,
    eventIds: w.events.map((e) => e.eventId),
  },
  ...(w.revision !== 'no-stream' ? { etag: w.revision } : {}),
  ...(location !== undefined ? { location } : {}),
});
