import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { clearCookie, oidcAttemptCookieName, setCookie } from '../auth/cookies';
import { attemptLifetimeSeconds } from '../auth/oidc-attempts';
import { userFromClaims } from '../auth/oidc-claims';
import { newAttempt } from '../auth/oidc-client';
import { beginSession } from '../auth/session-reply';
import type { SignInServices } from '../auth/sign-in';
import { withSchema } from '../http/json-schema';
import { apiError, type ApiError } from '../http/problem';
import { definePublicRoute, type Reply, type Route } from '../http/route';

// Sign-in with the council's identity provider (OpenID Connect, authorization code + PKCE).
// `start` keeps the attempt server-side and sends the browser to the provider; `callback`
// takes the attempt back by the browser's cookie, so a code, state or nonce from another
// attempt — or tampered with — is refused. Off (404) when no provider is configured.

const pathPattern = '^/(?![/\\\\])[^\\s]{0,500}$';
/** Where to land afterwards: a path on this server, never another site (`//evil`, `https:`). */
const ReturnTo = withSchema(
  t.brand(
    t.string,
    (s): s is t.Branded<string, { readonly ReturnTo: unique symbol }> =>
      new RegExp(pathPattern).test(s),
    'ReturnTo',
  ),
  { type: 'string', pattern: pathPattern },
);

const StartQuery = t.partial({ returnTo: ReturnTo }, 'OidcStart');
const CallbackQuery = t.partial(
  {
    code: t.string,
    state: t.string,
    iss: t.string,
    session_state: t.string,
    error: t.string,
    error_description: t.string,
  },
  'OidcCallback',
);

const off = apiError('not-found', 'OpenID Connect sign-in is not configured on this server');
const attemptCookie = (secure: boolean) => ({ secure, path: '/auth/oidc' });
const refused = (detail: string): ApiError => apiError('unauthenticated', detail);

/** openid-client's reason, or the one it wraps (`unexpected ID Token "nonce" claim value`). */
const whyRefused = (error: unknown): string =>
  error instanceof Error
    ? error.cause instanceof Error
      ? error.cause.message
      : error.message
    : 'invalid response';

export const oidcRoutes = (signIn: SignInServices): Route[] => [
  definePublicRoute({
    method: 'get',
    path: '/auth/oidc/start',
    operationId: 'oidcStart',
    summary: 'Sends the browser to the identity provider to sign in (302)',
    tag: 'auth',
    successStatus: 302,
    query: StartQuery,
    handle: async ({ query }, ctx): Promise<E.Either<ApiError, Reply>> => {
      if (signIn.oidc === null) return E.left(off);
      const attempt = newAttempt(query.returnTo ?? '/');
      const url = await signIn.oidc.start(attempt);
      const id = signIn.attempts.keep(attempt);
      return E.right({
        status: 302,
        body: {},
        location: url.href,
        cookies: [
          setCookie(oidcAttemptCookieName, id, {
            ...attemptCookie(ctx.secure),
            maxAgeSeconds: attemptLifetimeSeconds,
          }),
        ],
      });
    },
  }),
  definePublicRoute({
    method: 'get',
    path: '/auth/oidc/callback',
    operationId: 'oidcCallback',
    summary: 'Where the provider sends the browser back: a session, then 302 to returnTo',
    tag: 'auth',
    successStatus: 302,
    query: CallbackQuery,
    handle: async ({ query }, ctx): Promise<E.Either<ApiError, Reply>> => {
      const oidc = signIn.oidc;
      if (oidc === null) return E.left(off);
      const held = ctx.cookies[oidcAttemptCookieName];
      const attempt = held === undefined ? undefined : signIn.attempts.take(held);
      if (attempt === undefined)
        return E.left(
          apiError(
            'validation',
            'no sign-in attempt in progress here (expired or used): start again',
            {
              field: 'state',
            },
          ),
        );
      if (query.error !== undefined)
        return E.left(refused(`the provider refused: ${query.error_description ?? query.error}`));
      if (query.state !== attempt.state)
        return E.left(
          apiError('validation', 'state does not match this browser’s sign-in attempt', {
            field: 'state',
          }),
        );
      const callback = new URL(oidc.settings.redirectUrl);
      for (const [name, value] of Object.entries(query))
        if (typeof value === 'string') callback.searchParams.set(name, value);
      let claims: Readonly<Record<string, unknown>>;
      try {
        claims = await oidc.finish(callback, attempt);
      } catch (error) {
        ctx.log.warn({ err: error }, 'OpenID Connect sign-in refused');
        return E.left(refused(`sign-in refused: ${whyRefused(error)}`));
      }
      const user = userFromClaims(claims, oidc.settings);
      if (E.isLeft(user)) return user;
      const started = beginSession(signIn.sessions, signIn.limits, user.right, ctx);
      return E.right({
        status: 302,
        body: {},
        location: attempt.returnTo,
        cookies: [started.cookie, clearCookie(oidcAttemptCookieName, attemptCookie(ctx.secure))],
      });
    },
  }),
];
