import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteKeyService } from './sqlite-keys';

// A destroyed key must leave the key file's bytes, WAL included: otherwise a copy of the file
// taken after the erasure could still open what was erased.
describe('the embedded key file', () => {
  it('keeps no byte of a destroyed key, in the file or its WAL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-keys-'));
    try {
      const path = join(dir, 'keys.sqlite');
      const keys = openSqliteKeyService(path);
      const made = await keys.keyForWriting('s-1', 's-1/hr');
      const kept = await keys.keyForWriting('s-2', 's-2/hr');
      if (made.kind !== 'key' || kept.kind !== 'key') throw new Error('no key made');
      const fileBytes = () =>
        Buffer.concat(
          [path, `${path}-wal`].filter((p) => existsSync(p)).map((p) => readFileSync(p)),
        );
      expect(fileBytes().includes(made.key)).toBe(true);
      expect(await keys.destroySubject('s-1', '2026-12-02T12:00:00.000Z')).toEqual({
        destroyed: 1,
      });
      expect(fileBytes().includes(made.key)).toBe(false);
      expect(fileBytes().includes(kept.key)).toBe(true);
      expect(await keys.keyForReading('s-1/hr')).toEqual({
        kind: 'destroyed',
        destroyedAt: '2026-12-02T12:00:00.000Z',
      });
      expect(await keys.keyForWriting('s-1', 's-1/dbs/e-9')).toEqual({
        kind: 'subject-erased',
        erasedAt: '2026-12-02T12:00:00.000Z',
      });
      expect(await keys.keysOf('s-1')).toEqual([
        {
          keyId: 's-1/hr',
          createdAt: expect.any(String) as string,
          destroyedAt: '2026-12-02T12:00:00.000Z',
        },
      ]);
      await keys.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
