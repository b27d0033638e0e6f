import { createHash, randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import type { Request, RequestHandler, Response, Router } from 'express';
import type { Logger } from 'pino';
import { authenticate } from '../auth/authenticate';
import { parseCookies, sessionCookieName } from '../auth/cookies';
import type { SessionStore } from '../auth/sessions';
import type { Verifier } from '../auth/verifier';
import { sendDownload } from './download';
import { formatEtag, parseIfMatch } from './etag';
import { hasBody, isCsvMediaType } from './media-type';
import type { IdempotencyScope, IdempotencyStore, StoredResponse } from './idempotency';
import { apiError, problemContentType, statusOf, toProblem, type ApiError } from './problem';
import { roleRefusal } from './refusal';
import {
  expressPath,
  type EdgeContext,
  type GuardedRoute,
  type PublicRoute,
  type Reply,
  type RequestContext,
  type Route,
} from './route';
import { sendProblem, toJson } from './send';

export interface MountDeps {
  readonly verifier: Verifier;
  readonly idempotency: IdempotencyStore;
  readonly sessions: SessionStore;
}

export const idempotencyKeyPattern = /^[A-Za-z0-9._:-]{1,200}$/;

const headerOf = (req: Request, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

const stored = (
  correlationId: string,
  instance: string,
  result: E.Either<ApiError, Reply>,
): StoredResponse =>
  E.isLeft(result)
    ? {
        status: statusOf[result.left.code],
        body: JSON.stringify(toProblem(result.left, { instance, correlationId })),
        contentType: problemContentType,
      }
    : {
        status: result.right.status,
        body: toJson(result.right.body),
        contentType: 'application/json',
        ...(result.right.etag !== undefined ? { etag: formatEtag(result.right.etag) } : {}),
        ...(result.right.location !== undefined ? { location: result.right.location } : {}),
      };

const send = (res: Response, response: StoredResponse, cookies?: readonly string[]): void => {
  if (cookies !== undefined && cookies.length > 0) {
    res.setHeader('Set-Cookie', [...cookies]);
    res.setHeader('Cache-Control', 'no-store');
  }
  if (response.etag !== undefined) res.setHeader('ETag', response.etag);
  if (response.location !== undefined) res.setHeader('Location', response.location);
  res.status(response.status).type(response.contentType).send(response.body);
};

const edgeOf = (req: Request, res: Response, deps: MountDeps): EdgeContext => {
  const cookies = parseCookies(headerOf(req, 'cookie'));
  const cookie = cookies[sessionCookieName];
  return {
    correlationId: String(res.locals['correlationId']),
    requestId: randomUUID(),
    log: res.locals['log'] as Logger,
    secure: req.secure,
    session: cookie === undefined || cookie === '' ? undefined : deps.sessions.find(cookie),
    cookies,
  };
};

const cookiesOf = (result: E.Either<ApiError, Reply>) =>
  E.isRight(result) ? result.right.cookies : undefined;

/** Signing in: inputs → handler, with no token or session to check. */
const publicHandler =
  (route: PublicRoute, deps: MountDeps): RequestHandler =>
  async (req, res) => {
    const edge = edgeOf(req, res, deps);
    const raw = { params: req.params, query: req.query, body: req.body as unknown };
    const result = await route.run(raw, edge);
    send(res, stored(edge.correlationId, req.originalUrl, result), cookiesOf(result));
  };

/** The pipeline every route goes through: token → role → headers → (idempotency) → inputs → handler. */
const handlerFor =
  (route: GuardedRoute, deps: MountDeps): RequestHandler =>
  async (req, res) => {
    const instance = req.originalUrl;
    const edge = edgeOf(req, res, deps);
    const principal = await authenticate(deps.verifier, {
      method: req.method,
      authorization: headerOf(req, 'authorization'),
      csrfToken: headerOf(req, 'x-csrf-token'),
      session: edge.session,
    });
    if (E.isLeft(principal)) {
      if (principal.left.code === 'unauthenticated')
        res.setHeader('WWW-Authenticate', 'Bearer realm="ladder"');
      return sendProblem(res, principal.left, instance);
    }
    // Authorization comes before everything else, an idempotent replay included.
    if (!route.roles.includes(principal.right.role))
      return sendProblem(res, roleRefusal(principal.right.role, route), instance);
    const expectedRevision = route.write
      ? parseIfMatch(headerOf(req, 'if-match'))
      : E.right(undefined);
    if (E.isLeft(expectedRevision)) return sendProblem(res, expectedRevision.left, instance);
    const key = route.write ? headerOf(req, 'idempotency-key') : undefined;
    if (key !== undefined && !idempotencyKeyPattern.test(key))
      return sendProblem(
        res,
        apiError(
          'validation',
          'Idempotency-Key must be 1-200 letters, digits, ".", "_", ":" or "-"',
          {
            field: 'Idempotency-Key',
            errors: [
              { in: 'header', field: 'Idempotency-Key', message: 'must be 1-200 token characters' },
            ],
          },
        ),
        instance,
      );
    const reason = route.write ? headerOf(req, 'x-reason')?.trim() : undefined;
    if (reason !== undefined && (reason.length === 0 || reason.length > 1000))
      return sendProblem(
        res,
        apiError('validation', 'X-Reason must be 1-1000 characters', {
          field: 'X-Reason',
          errors: [{ in: 'header', field: 'X-Reason', message: 'must be 1-1000 characters' }],
        }),
        instance,
      );
    const correlationId = edge.correlationId;
    const ctx: RequestContext = {
      ...edge,
      principal: principal.right,
      authenticatedBy: headerOf(req, 'authorization') === undefined ? 'session' : 'bearer',
      expectedRevision: expectedRevision.right,
      idempotencyKey: key,
      reason,
    };
    // A file goes only to a route that takes one, and such a route takes nothing else (with no
    // body at all, its inputs are checked in order and the missing file named).
    const csv = isCsvMediaType(headerOf(req, 'content-type')) && hasBody(req.headers);
    if (hasBody(req.headers) && csv !== (route.consumes === 'text/csv'))
      return sendProblem(
        res,
        apiError(
          'unsupported-media-type',
          csv ? 'send the body as application/json' : 'send the file as text/csv (UTF-8)',
        ),
        instance,
      );
    const raw = { params: req.params, query: req.query, body: csv ? req : (req.body as unknown) };

    if (key === undefined) {
      const result = await route.run(raw, ctx);
      if (E.isRight(result) && result.right.download !== undefined)
        return sendDownload(res, result.right.status, result.right.download);
      const response = stored(correlationId, instance, result);
      // A reader who already holds this revision need not download it again.
      const held = headerOf(req, 'if-none-match');
      if (
        !route.write &&
        response.status === 200 &&
        response.etag !== undefined &&
        held !== undefined
      )
        if (held.split(',').some((tag) => tag.trim().replace(/^W\//, '') === response.etag)) {
          res.setHeader('ETag', response.etag);
          res.status(304).end();
          return;
        }
      return send(res, response, cookiesOf(result));
    }

    const scope: IdempotencyScope = {
      subject: principal.right.id,
      role: principal.right.role,
      route: `${route.method.toUpperCase()} ${route.path}`,
      key,
      fingerprint: createHash('sha256')
        .update(
          `${req.method} ${req.originalUrl}\n${headerOf(req, 'if-match') ?? ''}\n${JSON.stringify(req.body ?? null)}`,
        )
        .digest('hex'),
    };
    // Bad input is answered, never kept: the caller fixes it and retries with the same key.
    const valid = route.check(raw);
    if (E.isLeft(valid)) return sendProblem(res, valid.left, instance);
    const reservation = deps.idempotency.reserve(scope);
    if (reservation.kind === 'replay') {
      res.setHeader('Idempotent-Replayed', 'true');
      return send(res, reservation.response);
    }
    if (reservation.kind === 'mismatch')
      return sendProblem(
        res,
        apiError(
          'idempotency-key-reused',
          'this Idempotency-Key was used for a different request',
          {
            field: 'Idempotency-Key',
          },
        ),
        instance,
      );
    if (reservation.kind === 'in-flight')
      return sendProblem(
        res,
        apiError(
          'idempotency-key-in-flight',
          'the first request with this key has not finished; retry shortly',
        ),
        instance,
      );
    try {
      const result = await route.run(raw, ctx);
      const response = stored(correlationId, instance, result);
      // A 5xx is not an answer to the command; let a retry run it again.
      if (response.status >= 500) deps.idempotency.release(scope);
      else deps.idempotency.complete(scope, response);
      return send(res, response);
    } catch (error) {
      deps.idempotency.release(scope);
      throw error;
    }
  };

export const mountRoutes = (router: Router, routes: readonly Route[], deps: MountDeps): void => {
  for (const route of routes)
    router[route.method](
      expressPath(route.path),
      route.access === 'public' ? publicHandler(route, deps) : handlerFor(route, deps),
    );
};
