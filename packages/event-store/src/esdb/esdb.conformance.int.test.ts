// The whole conformance suite against the EventStoreDB adapter, over real gRPC, with the
// real client, to the protocol-level stand-in (test/esdb-standin) — in each of the ways a
// server can take appends. This proves wire compatibility and the server semantics the
// stand-in models; it is not a run against EventStoreDB (see `pnpm test:esdb`).
import { describeEventStoreConformance } from '../conformance';
import { startStandin, startStandinCluster } from '@ladder/esdb-standin';
import type { StandinMode } from '@ladder/esdb-standin';
import { getEsdbEventStore } from './esdb-event-store';

// EventStoreDB keys idempotence on event id plus stream, checked from a batch's first event;
// the cases only a log-wide id index can refuse are skipped (see DuplicateDetection).
const esdbConformance = { duplicateDetection: 'per-stream' } as const;

const modes: readonly StandinMode[] = ['batch-append', 'append', 'no-server-features'];

for (const mode of modes)
  describeEventStoreConformance(
    `EventStoreDB adapter → stand-in (${mode})`,
    async () => {
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
    },
    esdbConformance,
  );

// Through a follower of a two-node stand-in cluster: the first write of every test meets
// NotLeader, the client moves to the leader, and the adapter retries once.
describeEventStoreConformance(
  'EventStoreDB adapter → stand-in cluster, via a follower',
  async () => {
    const cluster = await startStandinCluster({ size: 2, systemEventEvery: 3 });
    const follower = cluster.nodes[1];
    if (follower === undefined) throw new Error('the cluster has two nodes');
    const store = getEsdbEventStore({ connectionString: follower.connectionString, pageSize: 7 });
    return {
      store,
      cleanup: async () => {
        await store.close();
        await cluster.stop();
      },
    };
  },
  esdbConformance,
);
