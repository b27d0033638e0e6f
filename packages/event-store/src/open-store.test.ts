import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openEventStore } from './open-store';
import { EventStoreException } from './port/errors';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempFile = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-open-'));
  dirs.push(dir);
  return join(dir, 'events.db');
};

it('opens SQLite for a plain path and for sqlite:<path>', async () => {
  for (const config of [tempFile(), `sqlite:${tempFile()}`, 'sqlite::memory:']) {
    const store = openEventStore(config);
    expect(await store.headPosition()).toBe(0n);
    await store.close();
  }
});

it('refuses a scheme no adapter is configured for, with a typed error', () => {
  expect(() => openEventStore('postgres://localhost/ladder')).toThrow(/adapter not configured/);
  try {
    openEventStore('kafka://x');
    expect.unreachable('an unknown scheme must throw');
  } catch (error) {
    expect(error).toBeInstanceOf(EventStoreException);
    if (error instanceof EventStoreException) expect(error.error.code).toBe('StoreUnavailable');
  }
});
