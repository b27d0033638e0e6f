// Streams.Read: stream reads, $all reads and catch-up subscriptions to $all.
// Server semantics modelled: stream reads are inclusive of `revision` in both directions;
// $all reads forwards include `position`, backwards return what lies before it;
// subscriptions start AFTER their position (exclusive), send a confirmation, the backlog,
// `caught_up`, then live events; a missing stream is answered in-band (`stream_not_found`).
import type { ServerWritableStream } from '@grpc/grpc-js';
import { status } from '@grpc/grpc-js';
import { streamsPb } from './generated';
import type { AllOptions, IStreamsServer, ReadOptions, ReadReq, ReadResp } from './generated';
import type { Filter } from './filter';
import { compileFilter, noFilter } from './filter';
import type { Position, StoredEvent } from './log';
import { comparePositions } from './log';
import { readEvent, rpcError, streamIdentifier, streamName, unavailable } from './messages';
import type { NodeContext } from './node';
import { refusal } from './node';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

const BACKWARDS = streamsPb.ReadReq.Options.ReadDirection.BACKWARDS;

const sendAll = (context: NodeContext, call: ReadCall, events: Iterable<StoredEvent>): void => {
  const breakAfter = context.faults.readBreak();
  let sent = 0;
  for (const event of events) {
    if (sent === breakAfter) {
      call.emit('error', unavailable('read broken mid-stream (fault injection)'));
      return;
    }
    call.write(readEvent(event));
    sent += 1;
  }
  call.end();
};

function* limited<T>(items: Iterable<T>, count: bigint): Generator<T> {
  let left = count;
  for (const item of items) {
    if (left <= 0n) return;
    left -= 1n;
    yield item;
  }
}

function* backwards<T>(items: readonly T[]): Generator<T> {
  for (let i = items.length - 1; i >= 0; i -= 1) yield items[i] as T;
}

const readStream = (context: NodeContext, call: ReadCall, options: ReadOptions): void => {
  const stream = options.getStream();
  const name = streamName(stream?.getStreamIdentifier());
  const events = context.log.stream(name);
  if (events.length === 0) {
    call.write(
      new streamsPb.ReadResp().setStreamNotFound(
        new streamsPb.ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(name)),
      ),
    );
    call.end();
    return;
  }
  const last = BigInt(events.length - 1);
  const count = BigInt(options.getCount() || '0');
  if (options.getReadDirection() === BACKWARDS) {
    const from = stream?.hasStart()
      ? 0n
      : stream?.hasEnd()
        ? last
        : BigInt(stream?.getRevision() ?? '0');
    return sendAll(
      context,
      call,
      limited(backwards(events.filter((e) => e.revision <= from)), count),
    );
  }
  const from = stream?.hasEnd()
    ? last + 1n
    : stream?.hasRevision()
      ? BigInt(stream.getRevision())
      : 0n;
  sendAll(
    context,
    call,
    limited(
      events.filter((e) => e.revision >= from),
      count,
    ),
  );
};

const positionOf = (all: AllOptions | undefined): Position | 'start' | 'end' => {
  const position = all?.getPosition();
  if (all?.hasEnd() === true) return 'end';
  if (position === undefined) return 'start';
  return {
    commit: BigInt(position.getCommitPosition()),
    prepare: BigInt(position.getPreparePosition()),
  };
};

const readAll = (context: NodeContext, call: ReadCall, options: ReadOptions): void => {
  const from = positionOf(options.getAll());
  const filter = options.hasFilter() ? compileFilter(options.getFilter()) : noFilter;
  const count = BigInt(options.getCount() || '0');
  const events = context.log.all();
  if (options.getReadDirection() === BACKWARDS) {
    const before = (e: StoredEvent): boolean =>
      from === 'end' || (from !== 'start' && comparePositions(e, from) < 0);
    return sendAll(
      context,
      call,
      limited(backwards(events.filter((e) => before(e) && filter.matches(e))), count),
    );
  }
  const atOrAfter = (e: StoredEvent): boolean =>
    from === 'start' || (from !== 'end' && comparePositions(e, from) >= 0);
  sendAll(
    context,
    call,
    limited(
      events.filter((e) => atOrAfter(e) && filter.matches(e)),
      count,
    ),
  );
};

const checkpoint = (event: StoredEvent): ReadResp =>
  new streamsPb.ReadResp().setCheckpoint(
    new streamsPb.ReadResp.Checkpoint()
      .setCommitPosition(event.commit.toString())
      .setPreparePosition(event.prepare.toString()),
  );

const subscribeToAll = (context: NodeContext, call: ReadCall, options: ReadOptions): void => {
  const from = positionOf(options.getAll());
  const filter: Filter = options.hasFilter() ? compileFilter(options.getFilter()) : noFilter;
  let searched = 0;
  const deliver = (event: StoredEvent): void => {
    if (filter.matches(event)) call.write(readEvent(event));
    searched += 1;
    if (filter.checkpointEvery !== null && searched % filter.checkpointEvery === 0)
      call.write(checkpoint(event));
  };
  call.write(
    new streamsPb.ReadResp().setConfirmation(
      new streamsPb.ReadResp.SubscriptionConfirmation().setSubscriptionId(crypto.randomUUID()),
    ),
  );
  // Backlog and live registration happen in one synchronous step, so no commit can fall
  // between them (the log only changes on the event loop).
  const all = context.log.all();
  const backlog =
    from === 'end' ? [] : from === 'start' ? all : all.filter((e) => comparePositions(e, from) > 0);
  for (const event of backlog) deliver(event);
  call.write(new streamsPb.ReadResp().setCaughtUp(new streamsPb.ReadResp.CaughtUp()));
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    stopLive();
    untrack();
  };
  const stopLive = context.log.onCommit((events) => events.forEach(deliver));
  const untrack = context.faults.track(() => {
    close();
    call.emit('error', unavailable('subscription dropped (fault injection)'));
  });
  call.on('cancelled', close);
  call.on('close', close);
  call.on('error', close);
};

export const readHandler =
  (context: NodeContext): IStreamsServer['read'] =>
  (call) => {
    const options = call.request.getOptions();
    const refused = refusal(context, 'read', call.metadata);
    if (refused !== null) return void call.emit('error', refused);
    if (options === undefined)
      return void call.emit('error', rpcError(status.INVALID_ARGUMENT, 'missing options'));
    if (options.hasSubscription()) {
      if (options.hasAll()) return subscribeToAll(context, call, options);
      return void call.emit(
        'error',
        rpcError(status.UNIMPLEMENTED, 'the stand-in subscribes to $all only'),
      );
    }
    if (options.hasStream()) return readStream(context, call, options);
    readAll(context, call, options);
  };
