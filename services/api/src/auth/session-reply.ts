import * as t from 'io-ts';
import type { EdgeContext } from '../http/route';
import { Role } from './roles';
import { clearCookie, sessionCookieName, setCookie } from './cookies';
import type { Session, SessionLimits, SessionStore, SessionUser } from './sessions';

// What a signed-in browser is told about its session, and the cookie that starts one.

export const SessionUserReply = t.intersection([
  t.type({ id: t.string, name: t.string, role: Role }),
  t.partial({ staffId: t.string }),
]);

/** `csrfToken` and `expiresAt` come with a session; a bearer caller gets only `user`. */
export const SessionReply = t.intersection(
  [t.type({ user: SessionUserReply }), t.partial({ csrfToken: t.string, expiresAt: t.string })],
  'SessionReply',
);

export const sessionBody = (session: Session) => ({
  user: session.user,
  csrfToken: session.csrfToken,
  expiresAt: session.expiresAt.toISOString(),
});

/** Starts a session for `user`, ending any the browser held, and the cookie that names it. */
export const beginSession = (
  sessions: SessionStore,
  limits: SessionLimits,
  user: SessionUser,
  ctx: EdgeContext,
): { readonly session: Session; readonly cookie: string } => {
  const held = ctx.cookies[sessionCookieName];
  if (held !== undefined && held !== '') sessions.end(held);
  const started = sessions.start(user);
  return {
    session: started.session,
    cookie: setCookie(sessionCookieName, started.cookie, {
      secure: ctx.secure,
      maxAgeSeconds: limits.absoluteSeconds,
    }),
  };
};

/** Ends the browser's session (if any) and the cookie that tells it to forget it. */
export const endSession = (sessions: SessionStore, ctx: EdgeContext): string => {
  const held = ctx.cookies[sessionCookieName];
  if (held !== undefined && held !== '') sessions.end(held);
  return clearCookie(sessionCookieName, { secure: ctx.secure });
};
