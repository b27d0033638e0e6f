// One stand-in node: an in-process gRPC server speaking the part of EventStoreDB's
// protocol Ladder's adapter uses. A protocol-level stand-in for tests, NOT EventStoreDB.
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { appendHandler } from './append-service';
import { batchAppendHandler } from './batch-append-service';
import type { Faults } from './faults';
import { createFaults } from './faults';
import { gossipGrpc, serverFeaturesGrpc, streamsGrpc } from './generated';
import type { Member } from './gossip';
import { gossipHandler } from './gossip';
import type { Log, LogOptions } from './log';
import { createLog } from './log';
import type { CallRecord, Endpoint, NodeContext } from './node';
import { systemEvent } from './node';
import { readHandler } from './read-service';
import { serverFeaturesHandler } from './server-features';

/**
 * How the node answers ServerFeatures: listing BatchAppend (what servers since 21.10 do),
 * not listing it (the client falls back to Append), or not implementing the service at all
 * (UNIMPLEMENTED, as older servers; the client also falls back to Append).
 */
export type StandinMode = 'batch-append' | 'append' | 'no-server-features';

export interface StandinOptions {
  readonly mode?: StandinMode;
  /** Share one log between the nodes of a stand-in cluster. */
  readonly log?: Log;
  readonly logOptions?: LogOptions;
  readonly host?: string;
  readonly port?: number;
  /** After every n-th successful user write, the node writes a `$statsCollected` event. */
  readonly systemEventEvery?: number;
  /** The leader to redirect leader-only calls to; null (default) while this node leads. */
  readonly redirect?: () => Endpoint | null;
  /** Cluster members for Gossip.Read; defaults to this node alone, as leader. */
  readonly members?: () => readonly Member[];
  /** Serve TLS with this certificate (see `testCertificate`); plaintext when absent. */
  readonly tls?: {
    readonly certChain: Buffer;
    readonly privateKey: Buffer;
    readonly caFile: string;
  };
}

export interface Standin extends Endpoint {
  /** `esdb://host:port?tls=false`, for `EventStoreDBClient.connectionString`. */
  readonly connectionString: string;
  readonly mode: StandinMode;
  readonly log: Log;
  readonly faults: Faults;
  /** Calls received so far, with their `authorization` header (credentials arrive only over TLS). */
  calls(): readonly CallRecord[];
  /** Writes a `$`-prefixed event the way the server writes its own (stats, settings, …). */
  writeSystemEvent(type?: string, stream?: string): void;
  stop(): Promise<void>;
}

export const startStandin = async (options: StandinOptions = {}): Promise<Standin> => {
  const mode = options.mode ?? 'batch-append';
  const host = options.host ?? '127.0.0.1';
  const fresh = options.log === undefined;
  const log = options.log ?? createLog(options.logOptions);
  const faults = createFaults();
  let writes = 0;
  let port = options.port ?? 0;
  const writeSystemEvent = (type = '$statsCollected', stream = `$stats-${host}:${port}`): void => {
    log.append(stream, { kind: 'any' }, [systemEvent(type)]);
  };
  const every = options.systemEventEvery ?? 0;
  const calls: CallRecord[] = [];
  const context: NodeContext = {
    log,
    faults,
    calls,
    redirect: options.redirect ?? (() => null),
    afterWrite: () => {
      writes += 1;
      if (every > 0 && writes % every === 0) writeSystemEvent();
    },
  };
  const server = new Server();
  server.addService(streamsGrpc.StreamsService, {
    read: readHandler(context),
    append: appendHandler(context),
    batchAppend: batchAppendHandler(context),
  });
  if (mode !== 'no-server-features')
    server.addService(serverFeaturesGrpc.ServerFeaturesService, {
      getSupportedMethods: serverFeaturesHandler(mode === 'batch-append'),
    });
  const members = options.members ?? (() => [{ host, port, leader: true }]);
  server.addService(gossipGrpc.GossipService, { read: gossipHandler(members) });
  const tls = options.tls;
  const credentials =
    tls === undefined
      ? ServerCredentials.createInsecure()
      : ServerCredentials.createSsl(null, [
          { cert_chain: tls.certChain, private_key: tls.privateKey },
        ]);
  port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host}:${port}`, credentials, (error, bound) =>
      error === null ? resolve(bound) : reject(error),
    ),
  );
  // A real log starts with the server's own records; so does a fresh stand-in log.
  if (fresh) {
    writeSystemEvent('$settings', '$settings');
    writeSystemEvent();
  }
  return {
    host,
    port,
    connectionString:
      tls === undefined
        ? `esdb://${host}:${port}?tls=false`
        : `esdb://localhost:${port}?tls=true&tlsCAFile=${encodeURIComponent(tls.caFile)}`,
    mode,
    log,
    faults,
    calls: () => calls,
    writeSystemEvent,
    stop: async () => {
      faults.dropSubscriptions();
      server.forceShutdown();
      await Promise.resolve();
    },
  };
};
