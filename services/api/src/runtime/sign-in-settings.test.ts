import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

// The sign-in settings as an operator writes them (docs/operations.md, "Signing in").

const entra = {
  LADDER_OIDC_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
  LADDER_OIDC_CLIENT_ID: 'app-id',
  LADDER_OIDC_CLIENT_SECRET: 'secret',
  LADDER_OIDC_REDIRECT_URL: 'https://ladder.council.example/auth/oidc/callback',
  LADDER_OIDC_ROLE_MAP: 'Ladder.Manager=manager, Ladder.Approver=approver,Ladder.HR=hr-admin',
};

describe('sign-in settings', () => {
  it('turns the demo sign-in on with the demo council, off with a provider or when told', () => {
    expect(loadConfig({}).signIn).toMatchObject({ demo: true, oidc: null, trustProxy: false });
    expect(loadConfig({ LADDER_SEED_DEMO: 'false' }).signIn.demo).toBe(false);
    expect(loadConfig(entra).signIn.demo).toBe(false);
    expect(loadConfig({ ...entra, LADDER_DEMO_SIGN_IN: 'true' }).signIn.demo).toBe(true);
  });

  it('reads the provider, its role map in order, and the default claims', () => {
    expect(loadConfig(entra).signIn.oidc).toEqual({
      issuer: entra.LADDER_OIDC_ISSUER,
      clientId: 'app-id',
      clientSecret: 'secret',
      redirectUrl: entra.LADDER_OIDC_REDIRECT_URL,
      scopes: 'openid profile',
      rolesClaim: 'roles',
      roleMap: [
        ['Ladder.Manager', 'manager'],
        ['Ladder.Approver', 'approver'],
        ['Ladder.HR', 'hr-admin'],
      ],
      staffIdClaim: 'employee_id',
      nameClaim: 'name',
    });
  });

  it('reads session limits and the proxy to trust', () => {
    const config = loadConfig({
      LADDER_SESSION_IDLE: '15m',
      LADDER_SESSION_MAX: '12h',
      LADDER_TRUST_PROXY: '1',
    });
    expect(config.signIn.session).toEqual({ idleSeconds: 900, absoluteSeconds: 43_200 });
    expect(config.signIn.trustProxy).toBe(1);
    expect(loadConfig({ LADDER_TRUST_PROXY: 'loopback' }).signIn.trustProxy).toBe('loopback');
  });

  it('names every missing or unreadable setting', () => {
    expect(() => loadConfig({ LADDER_OIDC_ISSUER: 'https://idp.example' })).toThrow(
      /LADDER_OIDC_CLIENT_ID[\s\S]*LADDER_OIDC_REDIRECT_URL[\s\S]*LADDER_OIDC_ROLE_MAP/,
    );
    expect(() => loadConfig({ ...entra, LADDER_OIDC_ROLE_MAP: 'Ladder.Boss=superuser' })).toThrow(
      /LADDER_OIDC_ROLE_MAP: expected claim=role pairs/,
    );
    expect(() => loadConfig({ LADDER_SESSION_IDLE: 'half an hour' })).toThrow(
      /LADDER_SESSION_IDLE/,
    );
  });
});
