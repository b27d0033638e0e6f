// The whole conformance suite against the EventStoreDB adapter, over real gRPC, with the
// real client, to the protocol-level stand-in (test/esdb-standin) — in each of the ways a
// server can take appends. This proves wire compatibility and the server semantics the
// stand-in models; it is not a run against EventStoreDB (see `pnpm test:esdb`).
import { describeEventStoreConformance } from '../conformance';
import { startStandin } from '../../../../test/esdb-standin/src/index';
import type { StandinMode } from '../../../../test/esdb-standin/src/index';
import { getEsdbEventStore } from './esdb-event-store';

const modes: readonly StandinMode[] = ['batch-append', 'append', 'no-server-features'];

for (const mode of modes)
  describeEventStoreConformance(`EventStoreDB adapter → stand-in (${mode})`, async () => {
    // System events every third write prove they never reach the port; a small page size
    // makes every read cross page boundaries.
    const standin = await startStandin({ mode, systemEventEvery: 3 });
    const store = getEsdbEventStore({ connectionString: standin.connectionString, pageSize: 7 });
    return {
      store,
      cleanup: async () => {
        await store.close();
        await standin.stop();
      },
    };
  });
