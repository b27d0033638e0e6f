import express from 'express';
import * as E from 'fp-ts/Either';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey as KeyLike } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../http/listen';
import { issueToken } from './tokens';
import { audience, createVerifier, issuer, lifetimeRefusal } from './verifier';

// Production verification: tokens signed by an identity provider, keys fetched from a JWKS URL
// (served here by a real HTTP server on a free port).

let jwks: Listening;
let privateKey: KeyLike;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const app = express();
  app.get('/.well-known/jwks.json', (_req, res) => {
    res.json({ keys: [jwk] });
  });
  jwks = await listen(app);
});
afterAll(() => jwks.close());

const sign = (claims: Record<string, unknown>, key: KeyLike = privateKey) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject('s00042')
    .setExpirationTime('5m')
    .sign(key);

describe('JWKS verification', () => {
  it('accepts a token signed by the provider and reads subject and role', async () => {
    const verify = createVerifier({ kind: 'jwks', url: `${jwks.url}/.well-known/jwks.json` });
    expect(await verify(await sign({ role: 'manager' }))).toEqual(
      E.right({ id: 's00042', role: 'manager' }),
    );
  });

  it('refuses another signer, an unknown role, and an HS256 token in JWKS mode', async () => {
    const verify = createVerifier({ kind: 'jwks', url: `${jwks.url}/.well-known/jwks.json` });
    const other = (await generateKeyPair('RS256')).privateKey;
    expect(E.isLeft(await verify(await sign({ role: 'manager' }, other)))).toBe(true);
    expect(E.isLeft(await verify(await sign({ role: 'superuser' })))).toBe(true);
    const hs = await issueToken('a-shared-secret-a-shared-secret!!', { id: 'x', role: 'hr-admin' });
    expect(E.isLeft(await verify(hs))).toBe(true);
  });

  it('refuses an expired HS256 token in the embedded mode', async () => {
    const secret = 'a-shared-secret-a-shared-secret!!';
    const verify = createVerifier({ kind: 'hs256', secret });
    const expired = await issueToken(secret, { id: 'x', role: 'auditor' }, '-1m');
    const refused = await verify(expired);
    expect(E.isLeft(refused) && refused.left.code).toBe('unauthenticated');
  });
});

describe('token lifetime', () => {
  const secret = 'a-shared-secret-a-shared-secret!!';
  const hs = (build: (jwt: SignJWT) => SignJWT) =>
    build(
      new SignJWT({ role: 'planner' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('p-1')
        .setIssuer(issuer)
        .setAudience(audience),
    ).sign(new TextEncoder().encode(secret));
  const refusal = async (token: string, maxLifetimeSeconds?: number) => {
    const verify = createVerifier({
      kind: 'hs256',
      secret,
      ...(maxLifetimeSeconds !== undefined ? { maxLifetimeSeconds } : {}),
    });
    const r = await verify(token);
    return E.isLeft(r) ? r.left.detail : null;
  };

  it('refuses a token without exp', async () => {
    expect(await refusal(await hs((j) => j.setIssuedAt()))).toMatch(/"exp" claim/);
  });

  it('refuses a ten-year token and accepts one within the default 30 days', async () => {
    expect(await refusal(await hs((j) => j.setIssuedAt().setExpirationTime('3650d')))).toMatch(
      /lives longer than/,
    );
    expect(await refusal(await hs((j) => j.setIssuedAt().setExpirationTime('30d')))).toBeNull();
  });

  it('follows the configured maximum, with or without iat', async () => {
    const twoHours = await hs((j) => j.setIssuedAt().setExpirationTime('2h'));
    expect(await refusal(twoHours, 3600)).toMatch(/3600 s/);
    expect(await refusal(twoHours, 3 * 3600)).toBeNull();
    expect(await refusal(await hs((j) => j.setExpirationTime('2h')), 3600)).toMatch(/3600 s/);
  });

  it('measures from now when iat is in the future, so a forged iat cannot stretch it', () => {
    const now = 1_800_000_000;
    expect(lifetimeRefusal({ exp: now + 7200, iat: now + 7000 }, now, 3600)).not.toBeNull();
    expect(lifetimeRefusal({ exp: now + 600, iat: now - 3000 }, now, 3600)).toBeNull();
  });
});
