import type { OidcAttempts } from './oidc-attempts';
import type { Role } from './roles';
import type { SessionLimits, SessionStore, SessionUser } from './sessions';

// How people sign in, as the settings say (see docs/operations.md, "Signing in").

export interface OidcSettings {
  /** The provider's issuer URL; its discovery document is read from there. */
  readonly issuer: string;
  readonly clientId: string;
  /** Absent: a public client (PKCE alone). */
  readonly clientSecret?: string;
  /** Where the provider sends people back: this server's `/auth/oidc/callback`. */
  readonly redirectUrl: string;
  readonly scopes: string;
  /** The ID-token claim holding the person's roles or groups (a string or a list). */
  readonly rolesClaim: string;
  /** Claim value → Ladder role; the first pair whose value the person holds decides. */
  readonly roleMap: readonly (readonly [string, Role])[];
  /** The claim holding a manager's staff id (their line is looked up by it). */
  readonly staffIdClaim: string;
  readonly nameClaim: string;
}

export interface SignInConfig {
  /** The demo sign-in: one click per demo person (the demo council only). */
  readonly demo: boolean;
  readonly oidc: OidcSettings | null;
  readonly session: SessionLimits;
  /** Express's `trust proxy`, so a TLS-terminating proxy's X-Forwarded-Proto makes cookies Secure. */
  readonly trustProxy: boolean | number | string;
}

export const defaultSessionLimits: SessionLimits = {
  idleSeconds: 30 * 60,
  absoluteSeconds: 8 * 3600,
};

export interface DemoPerson extends SessionUser {
  /** One line the sign-in page shows under the name. */
  readonly summary: string;
}

/** What the sign-in routes use. */
export interface SignInServices {
  readonly sessions: SessionStore;
  readonly limits: SessionLimits;
  /** The demo people, or null when the demo sign-in is off. */
  readonly demoPeople: (() => Promise<readonly DemoPerson[]>) | null;
  readonly oidc: OidcSignIn | null;
  readonly attempts: OidcAttempts;
}

/** One sign-in attempt with the provider, kept server-side until the person comes back. */
export interface OidcAttempt {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
}

export interface OidcSignIn {
  /** The provider's authorization URL for a new attempt. */
  start(attempt: OidcAttempt): Promise<URL>;
  /** Redeems the code the provider sent back; throws when anything does not match the attempt. */
  finish(callback: URL, attempt: OidcAttempt): Promise<Readonly<Record<string, unknown>>>;
  readonly settings: OidcSettings;
}
