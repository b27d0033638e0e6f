// The same conformance suite as esdb.conformance.int.test.ts, against the EventStoreDB at
// ESDB_URL (see vitest.real-server.config.ts). Tests use streams under fresh prefixes, so
// a shared or long-lived server is fine; --mem-db keeps nothing on disk.
import { describeEventStoreConformance } from '../../src/conformance';
import { getEsdbEventStore } from '../../src/esdb/esdb-event-store';
import { describeServerModelChecks } from './server-model.checks';

const connectionString = process.env['ESDB_URL'] ?? '';

describeEventStoreConformance(
  `EventStoreDB at ${connectionString}`,
  () => {
    const store = getEsdbEventStore({ connectionString });
    return Promise.resolve({ store, cleanup: () => store.close() });
  },
  { duplicateDetection: 'per-stream' },
);

// What the stand-in assumes about the server, checked against the real one.
describeServerModelChecks(`EventStoreDB at ${connectionString}`, () =>
  Promise.resolve({ connectionString, cleanup: () => Promise.resolve() }),
);
