import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import type { Logger } from 'pino';
import type { ExpectedRevision } from '@ladder/event-store';
import type { Principal, Role } from '../auth/roles';
import type { Session } from '../auth/sessions';
import { nameOf } from './codec-walk';
import { validationError, type ApiError } from './problem';
import { decodeInput } from './validate';

/** What the edge knows of any request, signed in or not. */
export interface EdgeContext {
  readonly correlationId: string;
  /** Id of this command: the causation id of the events it writes. */
  readonly requestId: string;
  readonly log: Logger;
  /** Came over https (directly, or as a trusted proxy says): cookies set now are Secure. */
  readonly secure: boolean;
  /** The live sign-in session the request's cookie names, if any. */
  readonly session: Session | undefined;
  /** The request's cookies by name. */
  readonly cookies: Readonly<Record<string, string>>;
}

/** What every handler gets besides its decoded inputs; all taken from headers and the token. */
export interface RequestContext extends EdgeContext {
  readonly principal: Principal;
  /** A machine's bearer token, or a person's session cookie. */
  readonly authenticatedBy: 'bearer' | 'session';
  /** From `If-Match` (writes only); a stale one makes the append fail → 412. */
  readonly expectedRevision: ExpectedRevision | undefined;
  readonly idempotencyKey: string | undefined;
  /** Why, in the caller's words (`X-Reason`), for the events' envelope. */
  readonly reason: string | undefined;
}

/** A file the reply streams instead of a JSON body (an export): named for the browser. */
export interface Download {
  readonly filename: string;
  readonly contentType: string;
  readonly chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
}

export interface Reply {
  readonly status: number;
  readonly body: unknown;
  /** Streamed as the body with `Content-Disposition: attachment` (reads only). */
  readonly download?: Download;
  /** The stream revision after the write or at the read; sent as the ETag. */
  readonly etag?: bigint;
  readonly location?: string;
  /** `Set-Cookie` values (sign-in and sign-out only; never kept with an idempotent answer). */
  readonly cookies?: readonly string[];
}

export type Method = 'get' | 'post' | 'put' | 'delete';

interface RouteDoc {
  readonly method: Method;
  /** OpenAPI style: `/staff/{staffId}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  readonly roles: readonly Role[];
  /** Writes honour If-Match and Idempotency-Key. */
  readonly write: boolean;
  readonly successStatus: number;
  readonly response?: t.Mixed;
  /** The success body's media type when it is a file, not JSON (a CSV export). */
  readonly produces?: 'text/csv' | 'text/html' | 'application/xml';
  /** Another file type the route answers on request (`?format=xlsx`): an Excel workbook. */
  readonly producesAlso?: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  /**
   * The request body's media type when it is a file, not JSON (a CSV import): the handler gets
   * the request itself as the body, a byte stream read as it arrives, never buffered whole.
   */
  readonly consumes?: 'text/csv';
  /** Mentions the route's ETag in the OpenAPI document. */
  readonly etag?: boolean;
}

export interface RouteSpec<P, Q, B> extends RouteDoc {
  readonly params?: t.Type<P, unknown, unknown>;
  readonly query?: t.Type<Q, unknown, unknown>;
  readonly body?: t.Type<B, unknown, unknown>;
  readonly handle: (
    input: { readonly params: P; readonly query: Q; readonly body: B },
    ctx: RequestContext,
  ) => Promise<E.Either<ApiError, Reply>>;
}

interface ErasedRoute<C> extends RouteDoc {
  readonly params?: t.Mixed;
  readonly query?: t.Mixed;
  readonly body?: t.Mixed;
  readonly run: (raw: RawInput, ctx: C) => Promise<E.Either<ApiError, Reply>>;
  /** Decodes the inputs without running: a keyed write is checked before its key is kept. */
  readonly check: (raw: RawInput) => E.Either<ApiError, unknown>;
}

/** A route with its generic inputs erased: decoding happens inside `run`. */
export type Route = GuardedRoute | PublicRoute;
export interface GuardedRoute extends ErasedRoute<RequestContext> {
  readonly access?: undefined;
}
/** No token or session needed (signing in itself); `roles` is empty. */
export interface PublicRoute extends ErasedRoute<EdgeContext> {
  readonly access: 'public';
}

export interface PublicRouteSpec<Q, B> extends Omit<RouteDoc, 'roles' | 'write'> {
  readonly query?: t.Type<Q, unknown, unknown>;
  readonly body?: t.Type<B, unknown, unknown>;
  readonly handle: (
    input: { readonly query: Q; readonly body: B },
    ctx: EdgeContext,
  ) => Promise<E.Either<ApiError, Reply>>;
}

export interface RawInput {
  readonly params: unknown;
  readonly query: unknown;
  readonly body: unknown;
}

const noInput = <A>(value: A) => E.right<ApiError, A>(value);

/** A route that declares no query (or no body) refuses one, naming what was sent. */
const nothingExpected = <A>(
  where: 'query' | 'body',
  raw: unknown,
  value: A,
): E.Either<ApiError, A> => {
  if (where === 'body')
    return raw === undefined
      ? noInput(value)
      : E.left(
          validationError([{ in: 'body', field: 'body', message: 'this route takes no body' }]),
        );
  const names = typeof raw === 'object' && raw !== null ? Object.keys(raw) : [];
  return names.length === 0
    ? noInput(value)
    : E.left(
        validationError(
          names.map((name) => ({
            in: 'query',
            field: nameOf(name),
            message: 'is not a known parameter',
          })),
        ),
      );
};

const decoderOf =
  <P, Q, B>(spec: {
    readonly params?: t.Type<P, unknown, unknown>;
    readonly query?: t.Type<Q, unknown, unknown>;
    readonly body?: t.Type<B, unknown, unknown>;
  }) =>
  (raw: RawInput): E.Either<ApiError, { params: P; query: Q; body: B }> => {
    const params = spec.params ? decodeInput('params', spec.params, raw.params) : noInput({} as P);
    if (E.isLeft(params)) return params;
    const query = spec.query
      ? decodeInput('query', spec.query, raw.query ?? {})
      : nothingExpected('query', raw.query, {} as Q);
    if (E.isLeft(query)) return query;
    const body = spec.body
      ? decodeInput('body', spec.body, raw.body)
      : nothingExpected('body', raw.body, undefined as B);
    if (E.isLeft(body)) return body;
    return E.right({ params: params.right, query: query.right, body: body.right });
  };

export const defineRoute = <P = Record<string, never>, Q = Record<string, never>, B = undefined>(
  spec: RouteSpec<P, Q, B>,
): Route => {
  const decode = decoderOf(spec);
  return {
    ...spec,
    access: undefined,
    check: decode,
    run: async (raw, ctx) => {
      const input = decode(raw);
      return E.isLeft(input) ? input : spec.handle(input.right, ctx);
    },
  };
};

/** A route anyone may call (signing in): inputs still decoded and refused like every route's. */
export const definePublicRoute = <Q = Record<string, never>, B = undefined>(
  spec: PublicRouteSpec<Q, B>,
): Route => {
  const decode = decoderOf<Record<string, never>, Q, B>(spec);
  return {
    ...spec,
    roles: [],
    write: false,
    access: 'public',
    check: decode,
    run: async (raw, ctx) => {
      const input = decode(raw);
      return E.isLeft(input) ? input : spec.handle(input.right, ctx);
    },
  };
};

/** `/staff/{staffId}` → `/staff/:staffId` for express. */
export const expressPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');
