import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { Role } from '../auth/roles';
import { beginSession, SessionReply, sessionBody } from '../auth/session-reply';
import type { SignInServices } from '../auth/sign-in';
import { apiError, validationError } from '../http/problem';
import { definePublicRoute, type Route } from '../http/route';
import { ResourceId } from './common';

// The demo sign-in: one click per demo person of the seeded council. Off (404) outside demo
// mode — after the request itself is checked, like any route's.

const DemoPersonReply = t.intersection(
  [
    t.type({ id: t.string, name: t.string, role: Role, summary: t.string }),
    t.partial({ staffId: t.string }),
  ],
  'DemoPerson',
);

const SignInBody = t.type({ personId: ResourceId }, 'DemoSignIn');

const off = apiError('not-found', 'the demo sign-in is off: this server is not in demo mode');

export const demoSignInRoutes = (signIn: SignInServices): Route[] => [
  definePublicRoute({
    method: 'get',
    path: '/auth/demo/people',
    operationId: 'demoPeople',
    summary: 'The demo council’s people to sign in as, one per role (demo mode only)',
    tag: 'auth',
    successStatus: 200,
    response: t.array(DemoPersonReply),
    handle: async () => {
      if (signIn.demoPeople === null) return E.left(off);
      return E.right({ status: 200, body: await signIn.demoPeople() });
    },
  }),
  definePublicRoute({
    method: 'post',
    path: '/auth/demo/sign-in',
    operationId: 'demoSignIn',
    summary: 'Signs in as one demo person: a session cookie and its CSRF token (demo mode only)',
    tag: 'auth',
    successStatus: 200,
    response: SessionReply,
    body: SignInBody,
    handle: async ({ body }, ctx) => {
      if (signIn.demoPeople === null) return E.left(off);
      const person = (await signIn.demoPeople()).find((p) => p.id === body.personId);
      if (person === undefined)
        return E.left(
          validationError([
            { in: 'body', field: 'personId', message: 'is not one of GET /auth/demo/people' },
          ]),
        );
      const { summary: _summary, ...user } = person;
      const started = beginSession(signIn.sessions, signIn.limits, user, ctx);
      return E.right({
        status: 200,
        body: sessionBody(started.session),
        cookies: [started.cookie],
      });
    },
  }),
];
