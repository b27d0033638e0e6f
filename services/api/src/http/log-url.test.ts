import { describe, expect, it } from 'vitest';
import { loggedUrl } from './log-url';

describe('the URL a log line keeps', () => {
  it('drops the name HR searched for, and the provider’s code and state', () => {
    expect(loggedUrl('/staff?search=Ada%20Okafor&team=north')).toBe(
      '/staff?search=%E2%80%A6&team=north',
    );
    expect(loggedUrl('/auth/oidc/callback?code=abc&state=def')).toBe('/auth/oidc/callback?…');
    expect(loggedUrl('/workforce/headcount?asOf=2026-03-31')).toBe(
      '/workforce/headcount?asOf=2026-03-31',
    );
    expect(loggedUrl('/staff/fw-1')).toBe('/staff/fw-1');
  });
});
