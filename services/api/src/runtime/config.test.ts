import { describe, expect, it } from 'vitest';
import { defaultMaxLifetimeSeconds } from '../auth/verifier';
import { loadConfig, parseLifetime } from './config';

describe('LADDER_TOKEN_MAX_LIFETIME', () => {
  it('reads seconds, minutes, hours and days', () => {
    expect(['3600', '90m', '8h', '30d'].map(parseLifetime)).toEqual([
      3600, 5400, 28_800, 2_592_000,
    ]);
  });

  it('refuses what it cannot read rather than guessing', () => {
    for (const bad of ['', '0', '-5', '1w', 'eight hours', '1.5h'])
      expect(() => parseLifetime(bad), bad).toThrow(/LADDER_TOKEN_MAX_LIFETIME/);
  });

  it('defaults to 30 days and reaches the verifier settings', () => {
    expect(loadConfig({}).tokenMaxLifetimeSeconds).toBe(defaultMaxLifetimeSeconds);
    const config = loadConfig({ LADDER_JWT_SECRET: 's', LADDER_TOKEN_MAX_LIFETIME: '1h' });
    expect(config.auth).toMatchObject({ kind: 'hs256', maxLifetimeSeconds: 3600 });
  });
});
