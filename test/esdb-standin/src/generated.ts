// The client's own generated gRPC definitions, loaded from inside `@eventstore/db-client`.
// Why `require` from the client's folder: its serializers check `instanceof` against its own
// message classes (and its own google-protobuf copy for Any/Empty), so the stand-in must
// build replies from exactly those modules. They are CommonJS whose exports Node's ESM
// loader cannot see, hence createRequire instead of `import`.
import { createRequire } from 'node:module';
import type * as StreamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb';
import type * as StreamsPb from '@eventstore/db-client/generated/streams_pb';
import type * as SharedPb from '@eventstore/db-client/generated/shared_pb';
import type * as StatusPb from '@eventstore/db-client/generated/status_pb';
import type * as ServerFeaturesGrpc from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import type * as ServerFeaturesPb from '@eventstore/db-client/generated/serverfeatures_pb';
import type * as GossipGrpc from '@eventstore/db-client/generated/gossip_grpc_pb';
import type * as GossipPb from '@eventstore/db-client/generated/gossip_pb';

const clientPackage = createRequire(import.meta.url).resolve('@eventstore/db-client/package.json');
const fromClient = createRequire(clientPackage);

export const streamsGrpc = fromClient(
  '@eventstore/db-client/generated/streams_grpc_pb',
) as typeof StreamsGrpc;
export const streamsPb = fromClient(
  '@eventstore/db-client/generated/streams_pb',
) as typeof StreamsPb;
export const sharedPb = fromClient('@eventstore/db-client/generated/shared_pb') as typeof SharedPb;
export const statusPb = fromClient('@eventstore/db-client/generated/status_pb') as typeof StatusPb;
export const serverFeaturesGrpc = fromClient(
  '@eventstore/db-client/generated/serverfeatures_grpc_pb',
) as typeof ServerFeaturesGrpc;
export const serverFeaturesPb = fromClient(
  '@eventstore/db-client/generated/serverfeatures_pb',
) as typeof ServerFeaturesPb;
export const gossipGrpc = fromClient(
  '@eventstore/db-client/generated/gossip_grpc_pb',
) as typeof GossipGrpc;
export const gossipPb = fromClient('@eventstore/db-client/generated/gossip_pb') as typeof GossipPb;
// google.protobuf Any/Empty typed through the client's declarations (its own copy of
// google-protobuf is the one its classes accept).
type AnyMessage = NonNullable<Parameters<StatusPb.Status['setDetails']>[0]>;
type GoogleEmpty = NonNullable<Parameters<SharedPb.WrongExpectedVersion['setCurrentNoStream']>[0]>;
export const anyPb = fromClient('google-protobuf/google/protobuf/any_pb') as {
  Any: new () => AnyMessage;
};
export const googleEmptyPb = fromClient('google-protobuf/google/protobuf/empty_pb') as {
  Empty: new () => GoogleEmpty;
};

export type ReadReq = StreamsPb.ReadReq;
export type ReadOptions = StreamsPb.ReadReq.Options;
export type AllOptions = StreamsPb.ReadReq.Options.AllOptions;
export type ReadResp = StreamsPb.ReadResp;
export type AppendReq = StreamsPb.AppendReq;
export type AppendOptions = StreamsPb.AppendReq.Options;
export type AppendResp = StreamsPb.AppendResp;
export type BatchAppendReq = StreamsPb.BatchAppendReq;
export type BatchAppendOptions = StreamsPb.BatchAppendReq.Options;
export type BatchAppendResp = StreamsPb.BatchAppendResp;
export type FilterOptions = StreamsPb.ReadReq.Options.FilterOptions;
export type IStreamsServer = StreamsGrpc.IStreamsServer;
