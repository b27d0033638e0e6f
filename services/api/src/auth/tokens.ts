import { SignJWT } from 'jose';
import type { Principal } from './roles';
import { audience, issuer } from './verifier';

/** Signs an HS256 token for the embedded default (demo tokens, tests). */
export const issueToken = async (
  secret: string,
  principal: Principal,
  expiresIn: string = '30d',
): Promise<string> =>
  new SignJWT({ role: principal.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(principal.id)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
