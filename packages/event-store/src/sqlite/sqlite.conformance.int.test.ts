import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreConformance } from '../conformance';
import { getSqliteEventStore } from './sqlite-event-store';

// A small page size so every read in the suite crosses page boundaries.
describeEventStoreConformance('SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-es-'));
  const store = getSqliteEventStore({ path: join(dir, 'events.db'), pageSize: 7 });
  return Promise.resolve({
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
});
