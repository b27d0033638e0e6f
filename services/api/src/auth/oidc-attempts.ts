import { randomBytes } from 'node:crypto';
import type { OidcAttempt } from './sign-in';

// Sign-in attempts in flight, kept server-side (state, nonce, PKCE verifier) and named to the
// browser only by a random id in a short-lived cookie. Each is used once. In memory: an attempt
// lives minutes, and a restart only asks the person to click "sign in" again.

export interface OidcAttempts {
  keep(attempt: OidcAttempt): string;
  /** The attempt the id names, removed; undefined when unknown, used or expired. */
  take(id: string): OidcAttempt | undefined;
}

export const attemptLifetimeSeconds = 10 * 60;

export const oidcAttempts = (now: () => Date): OidcAttempts => {
  const held = new Map<string, { readonly attempt: OidcAttempt; readonly until: number }>();
  return {
    keep(attempt) {
      const at = now().getTime();
      for (const [id, a] of held) if (a.until <= at) held.delete(id);
      const id = randomBytes(24).toString('base64url');
      held.set(id, { attempt, until: at + attemptLifetimeSeconds * 1000 });
      return id;
    },
    take(id) {
      const found = held.get(id);
      held.delete(id);
      return found !== undefined && found.until > now().getTime() ? found.attempt : undefined;
    },
  };
};
