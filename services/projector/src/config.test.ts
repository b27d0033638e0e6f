import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('projector configuration', () => {
  it('defaults to the files under .ladder/, batches of 1,000 and a report every 10 s', () => {
    const config = loadConfig({});
    expect(config.store).toMatch(/\/\.ladder\/events\.sqlite$/);
    expect(config.readModels).toMatch(/\/\.ladder\/read-models\.sqlite$/);
    expect(config).toMatchObject({
      batchSize: 1_000,
      catchUpThreshold: 20_000,
      catchUpBatchSize: 25_000,
      reportEveryMs: 10_000,
    });
    expect(
      loadConfig({
        LADDER_PROJECTOR_CATCH_UP_THRESHOLD: '100',
        LADDER_PROJECTOR_CATCH_UP_BATCH: '64',
      }),
    ).toMatchObject({ catchUpThreshold: 100, catchUpBatchSize: 64 });
    expect(loadConfig({ LADDER_PROJECTOR_REPORT_MS: '0' }).reportEveryMs).toBe(0);
  });

  it('names every bad variable in one error', () => {
    expect(() =>
      loadConfig({ LADDER_PROJECTOR_BATCH: '0', LADDER_STORE: 'redis://cache' }),
    ).toThrow(
      /^LADDER_STORE: .*"redis:".*\nLADDER_PROJECTOR_BATCH: expected a whole number of at least 1, got "0"$/,
    );
  });
});
