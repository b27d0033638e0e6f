import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { apiError, type ApiError } from '../http/problem';
import { Role, type Principal } from './roles';

export const issuer = 'ladder';
export const audience = 'ladder-api';

/** Turns a bearer token into a principal, or a 401 problem. */
export type Verifier = (token: string) => Promise<E.Either<ApiError, Principal>>;

/** Tokens must expire, and within this long of being issued, unless the setting says otherwise. */
export const defaultMaxLifetimeSeconds = 30 * 24 * 60 * 60;

interface Lifetime {
  /** The longest a token may live (exp − iat, and exp − now): a stolen token dies with it. */
  readonly maxLifetimeSeconds?: number;
}

export type VerifierConfig =
  | ({ readonly kind: 'hs256'; readonly secret: string } & Lifetime)
  | ({ readonly kind: 'jwks'; readonly url: string } & Lifetime);

const Claims = t.intersection([
  t.type({ sub: t.string, role: Role, exp: t.number }),
  t.partial({ iat: t.number }),
]);

/** Why a token's lifetime is refused, or null. Times are in seconds since the epoch. */
export const lifetimeRefusal = (
  claims: { readonly exp: number; readonly iat?: number },
  nowSeconds: number,
  maxSeconds: number,
): string | null => {
  const from = Math.min(claims.iat ?? nowSeconds, nowSeconds);
  return claims.exp - from > maxSeconds
    ? `token lives longer than the ${maxSeconds} s this server allows; ask for a shorter one`
    : null;
};

export const createVerifier = (config: VerifierConfig): Verifier => {
  const key: Uint8Array | JWTVerifyGetKey =
    config.kind === 'hs256'
      ? new TextEncoder().encode(config.secret)
      : createRemoteJWKSet(new URL(config.url));
  const algorithms = config.kind === 'hs256' ? ['HS256'] : ['RS256', 'ES256', 'PS256', 'EdDSA'];
  const maxLifetime = config.maxLifetimeSeconds ?? defaultMaxLifetimeSeconds;
  // A token without `exp` would be good for ever.
  const options = { issuer, audience, algorithms, requiredClaims: ['exp'] };
  return async (token) => {
    try {
      const { payload } =
        key instanceof Uint8Array
          ? await jwtVerify(token, key, options)
          : await jwtVerify(token, key, options);
      const claims = Claims.decode(payload);
      if (E.isLeft(claims) || claims.right.sub.length === 0)
        return E.left(
          apiError('unauthenticated', 'token must carry a subject and one Ladder role'),
        );
      const tooLong = lifetimeRefusal(claims.right, Math.floor(Date.now() / 1000), maxLifetime);
      if (tooLong !== null) return E.left(apiError('unauthenticated', tooLong));
      return E.right({ id: claims.right.sub, role: claims.right.role });
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'invalid token';
      return E.left(apiError('unauthenticated', `bearer token refused: ${reason}`));
    }
  };
};
