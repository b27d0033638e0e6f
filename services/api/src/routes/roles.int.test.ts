import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../auth/roles';
import type { Route } from '../http/route';
import { startHarness, type Harness } from '../../test/harness';

// Table-driven over the one route list the server mounts: every route refuses every role it
// does not name (403, nothing written), and refuses a missing or forged token (401).

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

// Signing in is the one thing done without being signed in.
const guarded = () => h.ladder.routes.filter((r) => r.access !== 'public');

const concrete = (route: Route): string =>
  route.path.replace(/\{family\}/g, 'family-worker').replace(/\{(\w+)\}/g, 'x-$1');

describe('every route checks the role', () => {
  it('has routes for every role', () => {
    for (const role of roles)
      expect(h.ladder.routes.some((r) => r.roles.includes(role))).toBe(true);
  });

  it('leaves only the sign-in routes public', () => {
    const open = h.ladder.routes.filter((r) => r.access === 'public');
    expect(open.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'get /auth/demo/people',
      'get /auth/oidc/callback',
      'get /auth/oidc/start',
      'get /auth/options',
      'post /auth/demo/sign-in',
    ]);
    expect(open.every((r) => r.roles.length === 0)).toBe(true);
  });

  it('refuses each role a route does not name with 403 and writes nothing', async () => {
    // Only what every start writes: the seed career frameworks.
    const atStart = await h.allEvents();
    const checked: string[] = [];
    for (const route of guarded()) {
      const refused = roles.filter((r) => !route.roles.includes(r));
      for (const role of refused) {
        const res = await h.call(route.method.toUpperCase(), concrete(route), {
          as: { id: `someone-${role}`, role },
          ...(route.write ? { body: {} } : {}),
        });
        expect(res.status, `${role} on ${route.method} ${route.path}`).toBe(403);
        expect(res.body).toMatchObject({ code: 'forbidden' });
        checked.push(`${role} ${route.method} ${route.path}`);
      }
    }
    expect(checked.length).toBeGreaterThan(h.ladder.routes.length);
    expect(await h.allEvents()).toEqual(atStart);
  });

  it('admits each role a route names past the role check', async () => {
    for (const route of h.ladder.routes)
      for (const role of route.roles) {
        const res = await h.call(route.method.toUpperCase(), concrete(route), {
          as: { id: `someone-${role}`, role },
          ...(route.write ? { body: {} } : {}),
        });
        // A manager may still be refused for someone outside their line: a different rule.
        if (res.status === 403)
          expect(res.body, `${role} on ${route.path}`).toMatchObject({
            rule: 'managers-act-on-own-reports',
          });
        expect(res.status).not.toBe(401);
      }
  });

  it('refuses a missing or forged token on every route with 401', async () => {
    for (const route of guarded()) {
      const none = await h.call(
        route.method.toUpperCase(),
        concrete(route),
        route.write ? { body: {} } : {},
      );
      expect(none.status, `${route.method} ${route.path}`).toBe(401);
      const forged = await h.call(route.method.toUpperCase(), concrete(route), {
        headers: {
          authorization:
            'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6ImhyLWFkbWluIn0.c2lnbmF0dXJl',
        },
      });
      expect(forged.status).toBe(401);
    }
  });
});
