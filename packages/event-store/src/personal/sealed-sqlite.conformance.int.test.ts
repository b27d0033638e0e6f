import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreConformance, describePersonalDataSealing } from '../conformance';
import { getSqliteEventStore } from '../sqlite/sqlite-event-store';
import { openSqliteKeyService } from './sqlite-keys';
import { sealPersonalData } from './sealing-store';

// The SQLite store and the embedded key file, both real files, through the sealing decorator.
const files = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-sealed-'));
  const inner = getSqliteEventStore({ path: join(dir, 'events.sqlite'), pageSize: 7 });
  const keys = openSqliteKeyService(join(dir, 'keys.sqlite'));
  const cleanup = async () => {
    await inner.close();
    await keys.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { inner, keys, cleanup };
};

describeEventStoreConformance('SQLite, personal data sealed', () => {
  const { inner, keys, cleanup } = files();
  const store = sealPersonalData(inner, {
    keys,
    keyOf: (subject, event) => ({ subject, keyId: `${subject}/${event.type}` }),
  });
  return Promise.resolve({ store, cleanup });
});

describePersonalDataSealing('SQLite', () => Promise.resolve(files()));
