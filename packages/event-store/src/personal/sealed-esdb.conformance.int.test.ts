import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStandin } from '@ladder/esdb-standin';
import { describeEventStoreConformance, describePersonalDataSealing } from '../conformance';
import { getEsdbEventStore } from '../esdb/esdb-event-store';
import { openSqliteKeyService } from './sqlite-keys';
import { sealPersonalData } from './sealing-store';

// Through the EventStoreDB adapter over real gRPC to the stand-in (test/esdb-standin), with
// the embedded key file: what every node of a cluster would hold is ciphertext.
const parts = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-sealed-esdb-'));
  const standin = await startStandin({ mode: 'batch-append', systemEventEvery: 3 });
  const inner = getEsdbEventStore({ connectionString: standin.connectionString, pageSize: 7 });
  const keys = openSqliteKeyService(join(dir, 'keys.sqlite'));
  const cleanup = async () => {
    await inner.close();
    await standin.stop();
    await keys.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { inner, keys, cleanup };
};

describeEventStoreConformance(
  'EventStoreDB adapter → stand-in, personal data sealed',
  async () => {
    const { inner, keys, cleanup } = await parts();
    const store = sealPersonalData(inner, {
      keys,
      keyOf: (subject, event) => ({ subject, keyId: `${subject}/${event.type}` }),
    });
    return { store, cleanup };
  },
  { duplicateDetection: 'per-stream' },
);

describePersonalDataSealing('the EventStoreDB adapter → stand-in', parts);
