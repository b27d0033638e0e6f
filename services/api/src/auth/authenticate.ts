import { timingSafeEqual } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { apiError, type ApiError } from '../http/problem';
import type { Principal } from './roles';
import { principalOf, type Session } from './sessions';
import type { Verifier } from './verifier';

// Who is calling: machines send a bearer token; people's browsers send the session cookie,
// and then every write must also carry the session's CSRF token, which another site's page
// cannot read. A bearer token wins when both are sent (it is what a machine meant).

const bearer = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i;
const reads = new Set(['GET', 'HEAD', 'OPTIONS']);

export const csrfHeader = 'X-CSRF-Token';

export interface Credentials {
  readonly method: string;
  readonly authorization: string | undefined;
  readonly csrfToken: string | undefined;
  /** The live session the request's cookie names, if any. */
  readonly session: Session | undefined;
}

/** Constant-time for equal lengths; byte lengths, since a header may hold non-ASCII text. */
const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export const authenticate = async (
  verifier: Verifier,
  c: Credentials,
): Promise<E.Either<ApiError, Principal>> => {
  if (c.authorization !== undefined) {
    const match = bearer.exec(c.authorization);
    if (!match?.[1])
      return E.left(apiError('unauthenticated', 'send Authorization: Bearer <token>'));
    return verifier(match[1]);
  }
  if (c.session === undefined)
    return E.left(
      apiError('unauthenticated', 'sign in (session cookie) or send Authorization: Bearer <token>'),
    );
  if (!reads.has(c.method.toUpperCase()) && !same(c.csrfToken ?? '', c.session.csrfToken))
    return E.left(
      apiError(
        'forbidden',
        `a write made with the session cookie must carry ${csrfHeader} (from GET /auth/session)`,
        { field: csrfHeader },
      ),
    );
  return E.right(principalOf(c.session.user));
};
