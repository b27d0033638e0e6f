import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBrowser, type Browser, type Page } from '../../test/browser';
import { startHarness, type Harness } from '../../test/harness';
import { freePort, startTestProvider, type TestProvider } from '../../test/identity-provider';
import { defaultSessionLimits } from './sign-in';

// OpenID Connect end to end: Ladder and a real provider (oidc-provider), each on its own port,
// a browser between them. Authorization code with PKCE; state and nonce checked against the
// attempt Ladder kept for this browser.

let idp: TestProvider;
let h: Harness;
const logged: string[] = [];

beforeAll(async () => {
  idp = await startTestProvider({
    'mo-sub': { name: 'Mo Manager', ladder_roles: ['Ladder.Manager'], staff_id: 'staff-7' },
    'ann-sub': { name: 'Ann Approver', ladder_roles: ['Staff', 'Ladder.Approver'] },
    'nat-sub': { name: 'Nat Nobody', ladder_roles: ['Staff'] },
    'max-sub': { name: 'Max Missing', ladder_roles: ['Ladder.Manager'] },
  });
  const port = await freePort();
  const redirectUrl = `http://127.0.0.1:${port}/auth/oidc/callback`;
  await idp.register({ id: 'ladder', secret: 'ladder-test-client-secret', redirectUrl });
  h = await startHarness({
    port,
    log: (line) => logged.push(line),
    signIn: {
      demo: false,
      oidc: {
        issuer: idp.issuer,
        clientId: 'ladder',
        clientSecret: 'ladder-test-client-secret',
        redirectUrl,
        scopes: 'openid profile ladder',
        rolesClaim: 'ladder_roles',
        roleMap: [
          ['Ladder.Manager', 'manager'],
          ['Ladder.Approver', 'approver'],
        ],
        staffIdClaim: 'staff_id',
        nameClaim: 'name',
      },
      session: defaultSessionLimits,
      trustProxy: false,
    },
  });
}, 60_000);
afterAll(async () => {
  await h.close();
  await idp.close();
});

interface Tamper {
  /** Changes the authorization request on its way to the provider. */
  readonly authorize?: (url: URL) => void;
  /** Changes the provider's answer on its way back to Ladder. */
  readonly callback?: (url: URL) => void;
}

/** Start → the provider (login, consent) → Ladder's callback, as a browser follows redirects. */
const signIn = async (
  b: Browser,
  accountId: string,
  returnTo = '/team',
  tamper: Tamper = {},
): Promise<{ readonly authorize: URL; readonly callback: Page }> => {
  idp.signInAs(accountId);
  const start = await b.request(
    `${h.url}/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`,
  );
  expect(start.status, start.text).toBe(302);
  const authorize = new URL(start.location ?? '');
  tamper.authorize?.(authorize);
  let location = authorize;
  for (let hops = 0; !location.href.startsWith(`${h.url}/auth/oidc/callback`); hops++) {
    const page = await b.request(location.href);
    if (page.location === null || hops > 10)
      throw new Error(`stuck at ${location.href}: ${page.status} ${page.text.slice(0, 300)}`);
    location = new URL(page.location, location);
  }
  tamper.callback?.(location);
  return { authorize, callback: await b.request(location.href) };
};

describe('OpenID Connect sign-in', () => {
  it('asks for a code with PKCE (S256), state and nonce', async () => {
    idp.signInAs('mo-sub');
    const start = await newBrowser().request(`${h.url}/auth/oidc/start`);
    const url = new URL(start.location ?? '');
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    for (const p of ['code_challenge', 'state', 'nonce'])
      expect(url.searchParams.get(p)?.length, p).toBeGreaterThanOrEqual(43);
    expect(start.headers.get('set-cookie')).toMatch(
      /^ladder_oidc=[\w-]+; Path=\/auth\/oidc; HttpOnly; SameSite=Lax/,
    );
  });

  it('signs in a manager as a manager with their staff id, and lands on returnTo', async () => {
    const b = newBrowser();
    const { callback } = await signIn(b, 'mo-sub', '/team');
    expect(callback.status, callback.text).toBe(302);
    expect(callback.location).toBe('/team');
    expect(b.cookie(h.url, 'ladder_session')).toMatch(/^[\w-]{43}$/);
    const session = await b.request(`${h.url}/auth/session`);
    expect(session.json()['user']).toEqual({
      id: 'mo-sub',
      name: 'Mo Manager',
      role: 'manager',
      staffId: 'staff-7',
    });
    // The API treats them as the manager staff-7: someone outside their line is refused.
    const stranger = await b.request(`${h.url}/staff/not-in-line-1/eligibility`);
    expect(stranger.status).toBe(403);
    expect(stranger.json()).toMatchObject({ rule: 'managers-act-on-own-reports' });
  });

  it('keeps the one-time code, the state and the session id out of the log', async () => {
    let sent = new URLSearchParams();
    const b = newBrowser();
    const { callback } = await signIn(b, 'mo-sub', '/team', {
      callback: (url) => {
        sent = url.searchParams;
      },
    });
    expect(callback.status).toBe(302);
    const secrets = [
      sent.get('code'),
      sent.get('state'),
      b.cookie(h.url, 'ladder_session') ?? null,
    ];
    expect(secrets.every((s) => s !== null && s.length > 20)).toBe(true);
    expect(logged.some((line) => line.includes('/auth/oidc/callback'))).toBe(true);
    for (const secret of secrets)
      expect(logged.filter((line) => line.includes(secret ?? '-'))).toEqual([]);
  });

  it('maps the first role the person holds; someone holding none is refused', async () => {
    const approver = newBrowser();
    await signIn(approver, 'ann-sub', '/approvals');
    expect((await approver.request(`${h.url}/auth/session`)).json()['user']).toMatchObject({
      role: 'approver',
    });
    const nobody = newBrowser();
    const { callback } = await signIn(nobody, 'nat-sub');
    expect(callback.status).toBe(403);
    expect(nobody.cookie(h.url, 'ladder_session')).toBeUndefined();
    const { callback: noStaffId } = await signIn(newBrowser(), 'max-sub');
    expect(noStaffId.status).toBe(403);
    expect(noStaffId.json()['detail']).toMatch(/staff_id/);
  });

  it('refuses a tampered state', async () => {
    const b = newBrowser();
    const { callback } = await signIn(b, 'mo-sub', '/team', {
      callback: (url) => url.searchParams.set('state', `${url.searchParams.get('state')}x`),
    });
    expect(callback.status).toBe(400);
    expect(callback.json()).toMatchObject({ field: 'state' });
    expect(b.cookie(h.url, 'ladder_session')).toBeUndefined();
  });

  it('refuses a tampered nonce (the provider signs the nonce it was sent)', async () => {
    const b = newBrowser();
    const { callback } = await signIn(b, 'mo-sub', '/team', {
      authorize: (url) =>
        url.searchParams.set('nonce', 'a-nonce-this-browser-never-got-from-ladder'),
    });
    expect(callback.status).toBe(401);
    expect(callback.json()['detail']).toMatch(/nonce/);
    expect(b.cookie(h.url, 'ladder_session')).toBeUndefined();
  });

  it('refuses a callback in a browser that started no attempt, and a returnTo off this site', async () => {
    const first = newBrowser();
    let stolen = '';
    await signIn(first, 'mo-sub', '/team', {
      callback: (url) => {
        stolen = url.href;
      },
    });
    const other = await newBrowser().request(stolen);
    expect(other.status).toBe(400);
    for (const away of ['//evil.example/x', 'https://evil.example/', '/\\evil.example'])
      expect(
        (
          await newBrowser().request(
            `${h.url}/auth/oidc/start?returnTo=${encodeURIComponent(away)}`,
          )
        ).status,
        away,
      ).toBe(400);
  });
});
