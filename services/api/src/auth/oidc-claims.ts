import * as E from 'fp-ts/Either';
import { apiError, type ApiError } from '../http/problem';
import type { SessionUser } from './sessions';
import type { OidcSettings } from './sign-in';

// From the provider's ID-token claims to a Ladder user: the role from the roles claim through
// the configured map (the first pair the person holds decides), a manager's staff id from its
// own claim. Someone the map gives no role is refused, not let in with a default.

const valuesOf = (claim: unknown): string[] =>
  typeof claim === 'string'
    ? [claim]
    : Array.isArray(claim)
      ? claim.filter((v): v is string => typeof v === 'string')
      : [];

export const userFromClaims = (
  claims: Readonly<Record<string, unknown>>,
  settings: OidcSettings,
): E.Either<ApiError, SessionUser> => {
  const sub = claims['sub'];
  if (typeof sub !== 'string' || sub === '')
    return E.left(apiError('unauthenticated', 'the provider sent no subject'));
  const held = new Set(valuesOf(claims[settings.rolesClaim]));
  const role = settings.roleMap.find(([value]) => held.has(value))?.[1];
  if (role === undefined)
    return E.left(
      apiError(
        'forbidden',
        `your account has no Ladder role: none of the values of its "${settings.rolesClaim}" claim is mapped`,
      ),
    );
  const name = claims[settings.nameClaim];
  const staffId = claims[settings.staffIdClaim];
  const user = { id: sub, name: typeof name === 'string' && name !== '' ? name : sub, role };
  if (role !== 'manager') return E.right(user);
  if (typeof staffId !== 'string' || staffId === '')
    return E.left(
      apiError(
        'forbidden',
        `a manager's account must carry their staff id in the "${settings.staffIdClaim}" claim`,
      ),
    );
  return E.right({ ...user, staffId });
};
