// ServerFeatures.GetSupportedMethods: what the client asks before its first append to
// choose BatchAppend (when listed) or Append.
import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { serverFeaturesPb, streamsGrpc } from './generated';

type SupportedMethods = InstanceType<typeof serverFeaturesPb.SupportedMethods>;

/** Lists what the stand-in implements; BatchAppend only when `batchAppend` is true. */
export const supportedMethods = (batchAppend: boolean): SupportedMethods => {
  const { StreamsService } = streamsGrpc;
  const paths: string[] = [StreamsService.read.path, StreamsService.append.path];
  if (batchAppend) paths.push(StreamsService.batchAppend.path);
  const methods = paths.map((path) => {
    const [, service = '', method = ''] = path.split('/');
    return new serverFeaturesPb.SupportedMethod()
      .setServiceName(service.toLowerCase())
      .setMethodName(method.toLowerCase());
  });
  return new serverFeaturesPb.SupportedMethods()
    .setMethodsList(methods)
    .setEventStoreServerVersion('23.10.0-ladder-standin');
};

export const serverFeaturesHandler =
  (batchAppend: boolean) =>
  (_call: ServerUnaryCall<unknown, SupportedMethods>, callback: sendUnaryData<SupportedMethods>) =>
    callback(null, supportedMethods(batchAppend));
