// @ladder/esdb-standin: a protocol-level stand-in for EventStoreDB, for tests. It speaks
// the client's gRPC protocol and models the documented server semantics; it is not
// EventStoreDB, and passing against it is not the same as passing against a real server.
export type { Faults, FaultableMethod } from './faults';
export type { Endpoint } from './node';
export type { Log, LogOptions, Position, StoredEvent } from './log';
export { createLog } from './log';
export type { Standin, StandinMode, StandinOptions } from './server';
export { startStandin } from './server';
export type { StandinCluster, StandinClusterOptions } from './cluster';
export { startStandinCluster } from './cluster';
export type { CallRecord } from './node';
export { testCertificate } from './tls';
