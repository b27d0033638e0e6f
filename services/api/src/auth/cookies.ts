// The cookies people's browsers hold: the session, and the short-lived OpenID Connect attempt.
// Both HttpOnly (no script reads them) and SameSite=Lax (not sent on cross-site writes; still
// sent on the top-level redirect back from the identity provider).

export const sessionCookieName = 'ladder_session';
export const oidcAttemptCookieName = 'ladder_oidc';

/** `a=1; b=2` → `{ a: '1', b: '2' }`; the first of repeated names wins, as browsers send it. */
export const parseCookies = (header: string | undefined): Readonly<Record<string, string>> => {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    if (name in out) continue;
    const raw = part.slice(at + 1).trim();
    try {
      out[name] = decodeURIComponent(raw);
    } catch {
      out[name] = raw;
    }
  }
  return out;
};

export interface CookieOptions {
  /** Only over https: the request came over https, directly or through a trusted proxy. */
  readonly secure: boolean;
  /** Seconds until the browser drops it; 0 removes it now. Omitted: until the browser closes. */
  readonly maxAgeSeconds?: number;
  readonly path?: string;
}

/** One `Set-Cookie` value. Values here are base64url ids, which need no escaping. */
export const setCookie = (name: string, value: string, options: CookieOptions): string =>
  [
    `${name}=${value}`,
    `Path=${options.path ?? '/'}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
    ...(options.maxAgeSeconds !== undefined ? [`Max-Age=${options.maxAgeSeconds}`] : []),
  ].join('; ');

export const clearCookie = (name: string, options: Omit<CookieOptions, 'maxAgeSeconds'>): string =>
  setCookie(name, '', { ...options, maxAgeSeconds: 0 });
