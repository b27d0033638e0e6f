import type { Either } from 'fp-ts/Either';
import type { NewEvent, RecordedEvent } from './envelope';
import type { EventStoreError } from './errors';
import type { ExpectedRevision, StreamRevision } from './expected-revision';

export interface AppendResult {
  /** Revision of the last event written: pass it as `exact` to append next. */
  readonly nextExpectedRevision: bigint;
  /** Global position of the last event written. */
  readonly position: bigint;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive start revision; defaults to the first (forwards) or last (backwards) event. */
  readonly fromRevision?: bigint;
  readonly maxCount?: number;
}

/** Server-side filter on the global log; an event passes if it matches any listed value. */
export interface LogFilter {
  readonly eventTypes?: readonly string[];
  readonly streamPrefixes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: return events with position > after. Omit (or 0n) to read from the start. */
  readonly after?: bigint;
  readonly filter?: LogFilter;
  readonly maxCount?: number;
}

export interface SubscribeOptions {
  /** Exclusive checkpoint: deliver events with position > after. */
  readonly after?: bigint;
  readonly filter?: LogFilter;
}

export type SubscriptionMessage =
  | { readonly kind: 'event'; readonly event: RecordedEvent }
  /** The backlog up to `position` has been delivered; what follows is live. */
  | { readonly kind: 'caught-up'; readonly position: bigint };

/**
 * A catch-up subscription to the global log. Iterating it yields the backlog, one
 * `caught-up`, then live events, in global order without gaps or duplicates.
 * A consumer that is slow is not dropped: delivery waits for it (bounded memory).
 */
export interface Subscription extends AsyncIterable<SubscriptionMessage> {
  close(): Promise<void>;
}

/** The port every store adapter implements; proved by the conformance suite. */
export interface EventStore {
  /** Atomic: all events are written, or none. */
  append(
    streamName: string,
    events: readonly NewEvent[],
    options?: { readonly expectedRevision?: ExpectedRevision },
  ): Promise<Either<EventStoreError, AppendResult>>;

  /** Events of one stream; a stream with no events yields nothing. */
  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;

  /** The current revision of a stream (the value an ETag carries). */
  streamRevision(streamName: string): Promise<StreamRevision>;

  /** The global log in order, streamed in pages (never loaded whole). */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;

  subscribeToAll(options?: SubscribeOptions): Subscription;

  /** Position of the last event in the log, 0n when empty. */
  headPosition(): Promise<bigint>;

  close(): Promise<void>;
}
