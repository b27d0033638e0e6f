import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getSqliteCheckpointStore } from './sqlite-checkpoint-store';

describe('SQLite checkpoint store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-checkpoints-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts at 0, keeps each name apart and survives reopening the file', async () => {
    const path = join(dir, 'nested', 'bridge.sqlite');
    const first = getSqliteCheckpointStore({ path });
    expect(await first.load('relay')).toBe(0n);
    await first.save('relay', 41n);
    await first.save('relay', 9_007_199_254_740_993n);
    await first.save('other', 7n);
    await first.close();

    const reopened = getSqliteCheckpointStore({ path });
    expect(await reopened.load('relay')).toBe(9_007_199_254_740_993n);
    expect(await reopened.load('other')).toBe(7n);
    await reopened.close();
  });
});
