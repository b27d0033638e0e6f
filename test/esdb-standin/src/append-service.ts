// Streams.Append (client streaming): an Options header, then the proposed messages.
import { sharedPb, streamsPb } from './generated';
import type { AppendOptions, AppendReq, AppendResp, IStreamsServer } from './generated';
import type { AppendOutcome, Expected, ProposedEvent } from './log';
import { proposedEvent, streamName } from './messages';
import type { NodeContext } from './node';
import { refusal } from './node';

const expectedOf = (options: AppendOptions): Expected => {
  if (options.hasNoStream()) return { kind: 'no-stream' };
  if (options.hasStreamExists()) return { kind: 'exists' };
  if (options.hasRevision()) return { kind: 'exact', revision: BigInt(options.getRevision()) };
  return { kind: 'any' };
};

const response = (outcome: AppendOutcome): AppendResp => {
  if (outcome.kind === 'wrong-expected-version') {
    const wrong = new streamsPb.AppendResp.WrongExpectedVersion();
    if (outcome.current < 0n) wrong.setCurrentNoStream(new sharedPb.Empty());
    else wrong.setCurrentRevision(outcome.current.toString());
    const expected = outcome.expected;
    if (expected.kind === 'exact') wrong.setExpectedRevision(expected.revision.toString());
    else if (expected.kind === 'no-stream') wrong.setExpectedNoStream(new sharedPb.Empty());
    else if (expected.kind === 'exists') wrong.setExpectedStreamExists(new sharedPb.Empty());
    else wrong.setExpectedAny(new sharedPb.Empty());
    return new streamsPb.AppendResp().setWrongExpectedVersion(wrong);
  }
  const success = new streamsPb.AppendResp.Success().setCurrentRevision(
    outcome.currentRevision.toString(),
  );
  // An idempotent replay is acked without a position (the harsher of the server's answers).
  if (outcome.kind === 'written') {
    const { commit, prepare } = outcome.position;
    success.setPosition(
      new streamsPb.AppendResp.Position()
        .setCommitPosition(commit.toString())
        .setPreparePosition(prepare.toString()),
    );
  } else success.setNoPosition(new sharedPb.Empty());
  return new streamsPb.AppendResp().setSuccess(success);
};

export const appendHandler =
  (context: NodeContext): IStreamsServer['append'] =>
  (call, callback) => {
    let options: AppendOptions | undefined;
    const events: ProposedEvent[] = [];
    call.on('data', (request: AppendReq) => {
      const header = request.getOptions();
      const message = request.getProposedMessage();
      if (header !== undefined) options = header;
      else if (message !== undefined) events.push(proposedEvent(message));
    });
    call.on('error', () => undefined);
    // Answer only once the client has sent everything, like the server (and so the client
    // never writes into a finished call).
    call.on('end', () => {
      const refused = refusal(context, 'append', call.metadata);
      if (refused !== null) return callback(refused, null);
      if (options === undefined)
        return callback(null, response({ kind: 'idempotent', currentRevision: -1n }));
      const outcome = context.log.append(
        streamName(options.getStreamIdentifier()),
        expectedOf(options),
        events,
      );
      callback(null, response(outcome));
      if (outcome.kind === 'written') context.afterWrite();
    });
  };
