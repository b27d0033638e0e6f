// Conversions between the wire messages (the client's generated classes) and the log model.
import { Metadata, status } from '@grpc/grpc-js';
import type { StatusObject } from '@grpc/grpc-js';
import { anyPb, googleEmptyPb, sharedPb, statusPb, streamsPb } from './generated';
import type { ReadResp } from './generated';
import type { Expected, Position, ProposedEvent, StoredEvent } from './log';

interface ProposedMessage {
  getId(): InstanceType<typeof sharedPb.UUID> | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

export const proposedEvent = (message: ProposedMessage): ProposedEvent => {
  const metadata = message.getMetadataMap();
  return {
    eventId: message.getId()?.getString() ?? '',
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
};

export const streamIdentifier = (
  streamName: string,
): InstanceType<typeof sharedPb.StreamIdentifier> =>
  new sharedPb.StreamIdentifier().setStreamName(Buffer.from(streamName, 'utf8'));

export const streamName = (
  identifier: InstanceType<typeof sharedPb.StreamIdentifier> | undefined,
): string => Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');

export const readEvent = (event: StoredEvent): ReadResp => {
  const recorded = new streamsPb.ReadResp.ReadEvent.RecordedEvent()
    .setId(new sharedPb.UUID().setString(event.eventId))
    .setStreamIdentifier(streamIdentifier(event.streamName))
    .setStreamRevision(event.revision.toString())
    .setCommitPosition(event.commit.toString())
    .setPreparePosition(event.prepare.toString())
    .setData(event.data)
    .setCustomMetadata(event.customMetadata);
  recorded
    .getMetadataMap()
    .set('type', event.type)
    .set('content-type', event.contentType)
    .set('created', event.createdTicks.toString());
  const read = new streamsPb.ReadResp.ReadEvent()
    .setEvent(recorded)
    .setCommitPosition(event.commit.toString());
  return new streamsPb.ReadResp().setEvent(read);
};

/** The shared WrongExpectedVersion detail BatchAppend packs into a google.rpc.Status. */
export const wrongExpectedVersionStatus = (
  current: bigint,
  expected: Expected,
): InstanceType<typeof statusPb.Status> => {
  const detail = new sharedPb.WrongExpectedVersion();
  if (current < 0n) detail.setCurrentNoStream(new googleEmptyPb.Empty());
  else detail.setCurrentStreamRevision(current.toString());
  if (expected.kind === 'exact') detail.setExpectedStreamPosition(expected.revision.toString());
  else if (expected.kind === 'no-stream') detail.setExpectedNoStream(new googleEmptyPb.Empty());
  else if (expected.kind === 'exists') detail.setExpectedStreamExists(new googleEmptyPb.Empty());
  else detail.setExpectedAny(new googleEmptyPb.Empty());
  const details = new anyPb.Any();
  details.pack(detail.serializeBinary(), 'event_store.client.WrongExpectedVersion');
  // 9 = FAILED_PRECONDITION in google.rpc.Code.
  return new statusPb.Status().setCode(9).setMessage('WrongExpectedVersion').setDetails(details);
};

export const allPosition = (position: Position): InstanceType<typeof sharedPb.AllStreamPosition> =>
  new sharedPb.AllStreamPosition()
    .setCommitPosition(position.commit.toString())
    .setPreparePosition(position.prepare.toString());

/** A gRPC error the way the server reports it: a status plus `exception` trailing metadata. */
export const rpcError = (
  code: status,
  details: string,
  exception?: string,
  extra: Readonly<Record<string, string>> = {},
): Partial<StatusObject> => {
  const metadata = new Metadata();
  if (exception !== undefined) metadata.set('exception', exception);
  for (const [key, value] of Object.entries(extra)) metadata.set(key, value);
  return { code, details, metadata };
};

export const unavailable = (why: string): Partial<StatusObject> =>
  rpcError(status.UNAVAILABLE, why);
