import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { apiError, type ApiError } from '../http/problem';
import { Role, type Principal } from './roles';

export const issuer = 'ladder';
export const audience = 'ladder-api';

/** Turns a bearer token into a principal, or a 401 problem. */
export type Verifier = (token: string) => Promise<E.Either<ApiError, Principal>>;

export type VerifierConfig =
  | { readonly kind: 'hs256'; readonly secret: string }
  | { readonly kind: 'jwks'; readonly url: string };

const Claims = t.type({ sub: t.string, role: Role });

export const createVerifier = (config: VerifierConfig): Verifier => {
  const key: Uint8Array | JWTVerifyGetKey =
    config.kind === 'hs256'
      ? new TextEncoder().encode(config.secret)
      : createRemoteJWKSet(new URL(config.url));
  const algorithms = config.kind === 'hs256' ? ['HS256'] : ['RS256', 'ES256', 'PS256', 'EdDSA'];
  return async (token) => {
    try {
      const { payload } =
        key instanceof Uint8Array
          ? await jwtVerify(token, key, { issuer, audience, algorithms })
          : await jwtVerify(token, key, { issuer, audience, algorithms });
      const claims = Claims.decode(payload);
      if (E.isLeft(claims) || claims.right.sub.length === 0)
        return E.left(
          apiError('unauthenticated', 'token must carry a subject and one Ladder role'),
        );
      return E.right({ id: claims.right.sub, role: claims.right.role });
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'invalid token';
      return E.left(apiError('unauthenticated', `bearer token refused: ${reason}`));
    }
  };
};
