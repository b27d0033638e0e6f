import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { roles } from '../auth/roles';
import { endSession, SessionReply, sessionBody } from '../auth/session-reply';
import type { SignInServices } from '../auth/sign-in';
import { definePublicRoute, defineRoute, type Route } from '../http/route';
import { demoSignInRoutes } from './auth-demo';
import { oidcRoutes } from './auth-oidc';

// Sign-in for people (docs/api.md, "Signing in"): which ways are on, who is signed in, and
// signing out. The demo and OpenID Connect routes are in their own files.

const Options = t.type({ demo: t.boolean, oidc: t.boolean }, 'SignInOptions');

export const authRoutes = (signIn: SignInServices): Route[] => [
  definePublicRoute({
    method: 'get',
    path: '/auth/options',
    operationId: 'signInOptions',
    summary: 'Which ways of signing in this server offers',
    tag: 'auth',
    successStatus: 200,
    response: Options,
    handle: () =>
      Promise.resolve(
        E.right({
          status: 200,
          body: { demo: signIn.demoPeople !== null, oidc: signIn.oidc !== null },
        }),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/auth/session',
    operationId: 'currentSession',
    summary: 'Who is signed in, with the CSRF token their writes must carry',
    tag: 'auth',
    roles,
    write: false,
    successStatus: 200,
    response: SessionReply,
    handle: (_input, ctx) =>
      Promise.resolve(
        E.right({
          status: 200,
          body:
            ctx.session !== undefined && ctx.authenticatedBy === 'session'
              ? sessionBody(ctx.session)
              : {
                  user: { id: ctx.principal.id, name: ctx.principal.id, role: ctx.principal.role },
                },
        }),
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/auth/sign-out',
    operationId: 'signOut',
    summary: 'Ends the browser’s session (a bearer token cannot be ended: it expires)',
    tag: 'auth',
    roles,
    write: false,
    successStatus: 204,
    // `{}`, as a fetch helper sends it; nothing else is taken.
    body: t.type({}, 'SignOut'),
    handle: (_input, ctx) =>
      Promise.resolve(
        E.right({
          status: 204,
          body: undefined,
          ...(ctx.authenticatedBy === 'session'
            ? { cookies: [endSession(signIn.sessions, ctx)] }
            : {}),
        }),
      ),
  }),
  ...demoSignInRoutes(signIn),
  ...oidcRoutes(signIn),
];
