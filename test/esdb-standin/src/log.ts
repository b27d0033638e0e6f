// The stand-in's model of EventStoreDB's transaction log: one total order of events
// across streams, per-stream revisions, expected-revision checks and idempotency by event
// id. This is OUR model of the documented server semantics, not the server's code:
// - positions are byte-offset-like (each record advances the offset by its size, so
//   positions have gaps), compared as (commit, prepare) like the server's TFPos;
// - by default commit === prepare for every event (how gRPC appends are logged);
//   `commitRecords: true` models the legacy explicit-transaction layout instead, where all
//   events of one write share the commit position of a commit record written after them;
// - idempotency: with an exact (or no-stream) expectation, replaying the events that
//   follow that revision is acked without writing; a partial overlap is a wrong expected
//   version. With any/exists, a batch whose first id is in the stream is checked the same
//   way (the real server only remembers recent ids for `any`; we remember all).

export interface Position {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export interface ProposedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

export interface StoredEvent extends ProposedEvent, Position {
  readonly streamName: string;
  readonly revision: bigint;
  /** .NET ticks (100 ns) since the Unix epoch, as the server reports `created`. */
  readonly createdTicks: bigint;
}

export type Expected =
  | { readonly kind: 'any' }
  | { readonly kind: 'no-stream' }
  | { readonly kind: 'exists' }
  | { readonly kind: 'exact'; readonly revision: bigint };

/** A stream's current revision; -1n when it has no events (the server's "no stream"). */
export type Revision = bigint;

export type AppendOutcome =
  | { readonly kind: 'written'; readonly currentRevision: bigint; readonly position: Position }
  | { readonly kind: 'idempotent'; readonly currentRevision: bigint }
  | {
      readonly kind: 'wrong-expected-version';
      readonly current: Revision;
      readonly expected: Expected;
    };

export type CommitListener = (events: readonly StoredEvent[]) => void;

export interface LogOptions {
  /** Where the first record starts (the real log begins with its own system records). */
  readonly firstOffset?: bigint;
  readonly commitRecords?: boolean;
}

export interface Log {
  append(streamName: string, expected: Expected, events: readonly ProposedEvent[]): AppendOutcome;
  /** Events of one stream in revision order (empty when it does not exist). */
  stream(streamName: string): readonly StoredEvent[];
  /** Every event in $all order. */
  all(): readonly StoredEvent[];
  revision(streamName: string): Revision;
  onCommit(listener: CommitListener): () => void;
}

export const comparePositions = (a: Position, b: Position): number =>
  a.commit !== b.commit
    ? a.commit < b.commit
      ? -1
      : 1
    : a.prepare === b.prepare
      ? 0
      : a.prepare < b.prepare
        ? -1
        : 1;

const RECORD_HEADER_BYTES = 80n;
const COMMIT_RECORD_BYTES = 48n;

export const createLog = (options: LogOptions = {}): Log => {
  const events: StoredEvent[] = [];
  const streams = new Map<string, StoredEvent[]>();
  const listeners = new Set<CommitListener>();
  let offset = options.firstOffset ?? 4_096n;

  const revision = (streamName: string): Revision =>
    BigInt(streams.get(streamName)?.length ?? 0) - 1n;

  /** Do `proposed` match the stream's events starting at `from`, one for one? */
  const replays = (
    streamName: string,
    from: bigint,
    proposed: readonly ProposedEvent[],
  ): boolean => {
    const stored = streams.get(streamName) ?? [];
    return proposed.every((event, i) => stored[Number(from) + i]?.eventId === event.eventId);
  };

  const idempotency = (
    streamName: string,
    from: bigint,
    proposed: readonly ProposedEvent[],
    expected: Expected,
  ): AppendOutcome =>
    replays(streamName, from, proposed)
      ? { kind: 'idempotent', currentRevision: from + BigInt(proposed.length) - 1n }
      : { kind: 'wrong-expected-version', current: revision(streamName), expected };

  const write = (streamName: string, proposed: readonly ProposedEvent[]): AppendOutcome => {
    const stream = streams.get(streamName) ?? [];
    streams.set(streamName, stream);
    const createdTicks = BigInt(Date.now()) * 10_000n;
    const prepares = proposed.map((event) => {
      const prepare = offset;
      const size =
        RECORD_HEADER_BYTES +
        BigInt(Buffer.byteLength(streamName) + Buffer.byteLength(event.type)) +
        BigInt(event.data.length + event.customMetadata.length);
      offset += size + ((8n - (size % 8n)) % 8n);
      return prepare;
    });
    const commitRecord = offset;
    if (options.commitRecords === true) offset += COMMIT_RECORD_BYTES;
    const written = proposed.map((event, i): StoredEvent => {
      const prepare = prepares[i] ?? 0n;
      return {
        ...event,
        streamName,
        revision: BigInt(stream.length + i),
        commit: options.commitRecords === true ? commitRecord : prepare,
        prepare,
        createdTicks,
      };
    });
    stream.push(...written);
    events.push(...written);
    const last = written[written.length - 1];
    for (const listener of listeners) listener(written);
    return {
      kind: 'written',
      currentRevision: revision(streamName),
      position: last === undefined ? { commit: offset, prepare: offset } : last,
    };
  };

  const append = (
    streamName: string,
    expected: Expected,
    proposed: readonly ProposedEvent[],
  ): AppendOutcome => {
    const current = revision(streamName);
    const wrong: AppendOutcome = { kind: 'wrong-expected-version', current, expected };
    switch (expected.kind) {
      case 'exact':
      case 'no-stream': {
        const want = expected.kind === 'exact' ? expected.revision : -1n;
        if (current === want) return write(streamName, proposed);
        return want < current ? idempotency(streamName, want + 1n, proposed, expected) : wrong;
      }
      case 'exists':
      case 'any': {
        if (expected.kind === 'exists' && current === -1n) return wrong;
        const first = proposed[0];
        const at =
          first === undefined
            ? -1
            : (streams.get(streamName) ?? []).findIndex((e) => e.eventId === first.eventId);
        return at >= 0
          ? idempotency(streamName, BigInt(at), proposed, expected)
          : write(streamName, proposed);
      }
    }
  };

  return {
    append,
    stream: (streamName) => streams.get(streamName) ?? [],
    all: () => events,
    revision,
    onCommit: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
