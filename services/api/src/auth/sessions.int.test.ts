import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBrowser, type Browser } from '../../test/browser';
import { seedSmallDemoCouncil } from '../../test/demo-council';
import { startHarness, type Harness } from '../../test/harness';
import { hr, monthsAgo } from '../../test/people';
import { defaultSessionLimits } from './sign-in';

// People's sessions over real HTTP, on a server seeded with a small demo council: the demo
// sign-in, the cookie's flags, CSRF on cookie-authenticated writes, expiry by an injected
// clock, sign-out — and bearer tokens working as before.

let h: Harness;
let clock = Date.now();
beforeAll(async () => {
  h = await startHarness({
    now: () => new Date(clock),
    seed: seedSmallDemoCouncil,
    signIn: { demo: true, oidc: null, session: defaultSessionLimits, trustProxy: 'loopback' },
  });
  await h.settle();
}, 120_000);
afterAll(() => h.close());

const minutes = (n: number) => n * 60_000;
const json = { 'content-type': 'application/json' };

const signIn = async (b: Browser, personId: string, headers: Record<string, string> = {}) => {
  const page = await b.request(`${h.url}/auth/demo/sign-in`, {
    method: 'POST',
    headers: { ...json, ...headers },
    body: JSON.stringify({ personId }),
  });
  expect(page.status, page.text).toBe(200);
  return page.json() as { csrfToken: string; user: Record<string, unknown>; expiresAt: string };
};

const newStaff = (staffId: string) =>
  JSON.stringify({
    staffId,
    jobFamily: 'family-worker',
    grade: 'L1',
    team: 'north-early-help',
    zone: 'north',
    contractedHours: 37,
    joinedOn: monthsAgo(3),
    personal: { name: `Person ${staffId}` },
  });

describe('the demo sign-in', () => {
  it('offers one person per role from the demo council, the manager with their staff id', async () => {
    const options = await newBrowser().request(`${h.url}/auth/options`);
    expect(options.json()).toEqual({ demo: true, oidc: false });
    const people = (await newBrowser().request(`${h.url}/auth/demo/people`)).json() as unknown;
    expect(Array.isArray(people)).toBe(true);
    const list = people as { id: string; role: string; name: string; staffId?: string }[];
    expect(list.map((p) => p.role).sort()).toEqual(
      ['approver', 'auditor', 'hr-admin', 'manager', 'planner'].sort(),
    );
    const manager = list.find((p) => p.role === 'manager');
    expect(manager?.staffId).toBe(manager?.id);
    // The demo council's own manager, named from its personal data.
    expect(manager?.name).toBe(`Staff ${manager?.id}`);
    const events = await h.allEvents();
    expect(events.some((e) => e.streamName === `staff-${manager?.id}`)).toBe(true);
    expect(list.find((p) => p.role === 'approver')?.id).toBe('hr-approver-1');
  });

  it('sets an HttpOnly, SameSite=Lax session cookie, Secure only over https', async () => {
    const b = newBrowser();
    const session = await signIn(b, 'planner-1');
    expect(session.user).toEqual({ id: 'planner-1', name: 'Workforce planner', role: 'planner' });
    const [cookie] = b.lastSetCookies;
    expect(cookie).toMatch(/^ladder_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    // Behind a trusted proxy that terminated TLS.
    await signIn(b, 'planner-1', { 'x-forwarded-proto': 'https' });
    expect(b.lastSetCookies[0]).toMatch(/; Secure/);
    const mine = await b.request(`${h.url}/auth/session`);
    expect(mine.json()).toMatchObject({ user: { role: 'planner' } });
    expect(typeof mine.json()['csrfToken']).toBe('string');
  });

  it('refuses an unknown person, naming the field', async () => {
    const page = await newBrowser().request(`${h.url}/auth/demo/sign-in`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ personId: 'nobody-9' }),
    });
    expect(page.status).toBe(400);
    expect(page.json()).toMatchObject({ field: 'personId' });
  });
});

describe('a session on the API', () => {
  it('acts as its person on every route: roles checked, a manager kept to their line', async () => {
    const b = newBrowser();
    await signIn(b, 'planner-1');
    const today = new Date(clock).toISOString().slice(0, 10);
    expect((await b.request(`${h.url}/workforce/headcount?asOf=${today}`)).status).toBe(200);
    const refused = await b.request(`${h.url}/audit/events?limit=1`);
    expect(refused.status).toBe(403);
    const people = (await newBrowser().request(`${h.url}/auth/demo/people`)).json() as unknown;
    const manager = (people as { id: string; role: string }[]).find((p) => p.role === 'manager');
    const m = newBrowser();
    await signIn(m, manager?.id ?? '');
    const stranger = await m.request(`${h.url}/staff/not-in-line-1/eligibility`);
    expect(stranger.status).toBe(403);
    expect(stranger.json()).toMatchObject({ rule: 'managers-act-on-own-reports' });
  });

  it('refuses a cookie write without or with a wrong X-CSRF-Token, and writes nothing', async () => {
    const b = newBrowser();
    const { csrfToken } = await signIn(b, 'hr-admin-1');
    const head = await h.store.headPosition();
    // Wrong by a character, by length, and by bytes (Latin-1 text of the same length).
    const latin1 = `\u00e9${csrfToken.slice(1)}`;
    for (const token of [undefined, 'wrong', `${csrfToken}x`, csrfToken.slice(1), latin1]) {
      const page = await b.request(`${h.url}/staff`, {
        method: 'POST',
        headers: { ...json, ...(token !== undefined ? { 'x-csrf-token': token } : {}) },
        body: newStaff('csrf-1'),
      });
      expect(page.status, String(token)).toBe(403);
      expect(page.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(page.json()).toMatchObject({ code: 'forbidden', field: 'X-CSRF-Token' });
    }
    expect(await h.store.headPosition()).toBe(head);
    const written = await b.request(`${h.url}/staff`, {
      method: 'POST',
      headers: { ...json, 'x-csrf-token': csrfToken },
      body: newStaff('csrf-1'),
    });
    expect(written.status, written.text).toBe(201);
    expect((await h.allEvents()).at(-1)?.actor).toMatchObject({
      id: 'hr-admin-1',
      role: 'hr-admin',
    });
  });

  it('leaves bearer tokens as they were: no cookie, no CSRF token', async () => {
    const written = await h.call('POST', '/staff', {
      as: hr,
      body: JSON.parse(newStaff('bearer-1')),
    });
    expect(written.status).toBe(201);
    expect(written.headers.get('set-cookie')).toBeNull();
    const me = await h.call('GET', '/auth/session', { as: hr });
    expect(me.body).toEqual({ user: { id: hr.id, name: hr.id, role: 'hr-admin' } });
  });

  it('ends after 30 idle minutes, though used within them it lives on', async () => {
    const b = newBrowser();
    await signIn(b, 'auditor-1');
    clock += minutes(29);
    expect((await b.request(`${h.url}/auth/session`)).status).toBe(200);
    clock += minutes(29);
    expect((await b.request(`${h.url}/auth/session`)).status).toBe(200);
    clock += minutes(31);
    const gone = await b.request(`${h.url}/auth/session`);
    expect(gone.status).toBe(401);
    expect(gone.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('ends after 8 hours however busy', async () => {
    const b = newBrowser();
    const { expiresAt } = await signIn(b, 'auditor-1');
    const started = clock;
    expect(Date.parse(expiresAt)).toBe(started + minutes(30));
    while (clock + minutes(20) < started + minutes(8 * 60)) {
      clock += minutes(20);
      expect((await b.request(`${h.url}/auth/session`)).status).toBe(200);
    }
    clock = started + minutes(8 * 60);
    expect((await b.request(`${h.url}/auth/session`)).status).toBe(401);
  });

  it('signs out: CSRF token needed, the cookie cleared, the session gone server-side', async () => {
    const b = newBrowser();
    const { csrfToken } = await signIn(b, 'hr-approver-1');
    const held = b.cookie(h.url, 'ladder_session') ?? '';
    expect((await b.request(`${h.url}/auth/sign-out`, { method: 'POST' })).status).toBe(403);
    const out = await b.request(`${h.url}/auth/sign-out`, {
      method: 'POST',
      headers: { ...json, 'x-csrf-token': csrfToken },
      body: '{}',
    });
    expect(out.status).toBe(204);
    expect(b.lastSetCookies[0]).toMatch(
      /^ladder_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0/,
    );
    // The old cookie, replayed, names nothing.
    const replayed = await fetch(`${h.url}/auth/session`, {
      headers: { cookie: `ladder_session=${held}` },
    });
    expect(replayed.status).toBe(401);
  });
});

describe('outside demo mode', () => {
  let plain: Harness;
  beforeAll(async () => {
    plain = await startHarness();
  });
  afterAll(() => plain.close());

  it('has no demo sign-in and no provider: 404 problems', async () => {
    expect((await plain.call('GET', '/auth/options')).body).toEqual({ demo: false, oidc: false });
    const people = await plain.call('GET', '/auth/demo/people');
    expect(people.status).toBe(404);
    const signIn = await plain.call('POST', '/auth/demo/sign-in', {
      body: { personId: 'hr-admin-1' },
    });
    expect(signIn.status).toBe(404);
    expect(signIn.headers.get('set-cookie')).toBeNull();
    expect((await plain.call('GET', '/auth/oidc/start')).status).toBe(404);
  });
});
