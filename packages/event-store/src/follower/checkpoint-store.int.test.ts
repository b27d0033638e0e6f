import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSqliteCheckpointStore } from './checkpoint-store';

describe('SQLite checkpoint store', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ladder-checkpoints-'))));
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

  it("keeps the checkpoints of an older file: the processes' table and the relay's own", async () => {
    const path = join(dir, 'old.sqlite');
    const old = new Database(path);
    old.exec(`CREATE TABLE checkpoints (name TEXT PRIMARY KEY, position TEXT NOT NULL);
      INSERT INTO checkpoints VALUES ('regrade-process', '120');
      CREATE TABLE relay_checkpoints (name TEXT PRIMARY KEY, position TEXT NOT NULL, saved_at TEXT NOT NULL);
      INSERT INTO relay_checkpoints VALUES ('kafka-relay', '98', '2026-11-30T10:00:00.000Z');`);
    old.close();

    const upgraded = getSqliteCheckpointStore({ path });
    expect(await upgraded.load('regrade-process')).toBe(120n);
    expect(await upgraded.load('kafka-relay')).toBe(98n);
    await upgraded.save('kafka-relay', 99n);
    await upgraded.close();
    const again = getSqliteCheckpointStore({ path });
    expect(await again.load('kafka-relay')).toBe(99n);
    await again.close();
  });
});
