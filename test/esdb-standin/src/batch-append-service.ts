// Streams.BatchAppend (bidirectional): requests tagged by correlation id, possibly split
// over several messages until `is_final`; each batch gets one reply on the same stream.
import { googleEmptyPb, streamsPb } from './generated';
import type {
  BatchAppendOptions,
  BatchAppendReq,
  BatchAppendResp,
  IStreamsServer,
  sharedPb,
} from './generated';
import type { AppendOutcome, Expected, ProposedEvent } from './log';
import {
  allPosition,
  proposedEvent,
  streamIdentifier,
  streamName,
  wrongExpectedVersionStatus,
} from './messages';
import type { NodeContext } from './node';
import { refusal } from './node';

interface Pending {
  options: BatchAppendOptions | undefined;
  readonly events: ProposedEvent[];
}

const expectedOf = (options: BatchAppendOptions): Expected => {
  if (options.hasNoStream()) return { kind: 'no-stream' };
  if (options.hasStreamExists()) return { kind: 'exists' };
  if (options.hasStreamPosition())
    return { kind: 'exact', revision: BigInt(options.getStreamPosition()) };
  return { kind: 'any' };
};

const response = (
  correlation: InstanceType<typeof sharedPb.UUID> | undefined,
  name: string,
  outcome: AppendOutcome,
): BatchAppendResp => {
  const reply = new streamsPb.BatchAppendResp()
    .setCorrelationId(correlation)
    .setStreamIdentifier(streamIdentifier(name));
  if (outcome.kind === 'wrong-expected-version')
    return reply.setError(wrongExpectedVersionStatus(outcome.current, outcome.expected));
  const success = new streamsPb.BatchAppendResp.Success().setCurrentRevision(
    outcome.currentRevision.toString(),
  );
  if (outcome.kind === 'written') success.setPosition(allPosition(outcome.position));
  else success.setNoPosition(new googleEmptyPb.Empty());
  return reply.setSuccess(success);
};

export const batchAppendHandler =
  (context: NodeContext): IStreamsServer['batchAppend'] =>
  (call) => {
    const pending = new Map<string, Pending>();
    call.on('error', () => undefined);
    call.on('end', () => call.end());
    call.on('data', (request: BatchAppendReq) => {
      // Checked on the first request rather than at call start: the client registers its
      // promise only after the stream exists, so an immediate failure would leave it waiting.
      const refused = refusal(context, 'batchAppend', call.metadata);
      if (refused !== null) {
        call.emit('error', refused);
        return;
      }
      const correlation = request.getCorrelationId();
      const key = correlation?.getString() ?? '';
      const batch = pending.get(key) ?? { options: undefined, events: [] };
      pending.set(key, batch);
      batch.options = request.getOptions() ?? batch.options;
      batch.events.push(...request.getProposedMessagesList().map(proposedEvent));
      if (!request.getIsFinal() || batch.options === undefined) return;
      pending.delete(key);
      const name = streamName(batch.options.getStreamIdentifier());
      const outcome = context.log.append(name, expectedOf(batch.options), batch.events);
      call.write(response(correlation, name, outcome));
      if (outcome.kind === 'written') context.afterWrite();
    });
  };
