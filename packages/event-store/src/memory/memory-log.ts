import * as E from 'fp-ts/Either';
import type { NewEvent, RecordedEvent } from '../port/envelope';
import type { EventStoreError } from '../port/errors';
import type { AppendResult } from '../port/event-store';
import {
  checkExpectedRevision,
  type ExpectedRevision,
  type StreamRevision,
} from '../port/expected-revision';
import { validateAppend } from '../port/validation';
import { answerRetriedAppend, type StoredEventRef } from '../sqlite/idempotency';

/**
 * The log held in memory: every event in global order, each stream's events, and what is
 * known of every stored event id (for retries). One append is one synchronous call, so
 * appends are atomic and ordered without locks.
 */
export interface MemoryLog {
  readonly all: readonly RecordedEvent[];
  stream(streamName: string): readonly RecordedEvent[];
  revision(streamName: string): StreamRevision;
  append(
    streamName: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): E.Either<EventStoreError, AppendResult>;
}

// A private copy: neither the writer nor a reader can change a stored event afterwards.
const recorded = (
  event: NewEvent,
  streamName: string,
  revision: bigint,
  position: bigint,
  recordedAt: string,
): RecordedEvent =>
  Object.freeze({
    ...structuredClone(event),
    streamName,
    revision,
    position,
    recordedAt,
  });

export const memoryLog = (clock: () => Date): MemoryLog => {
  const all: RecordedEvent[] = [];
  const streams = new Map<string, RecordedEvent[]>();
  const ids = new Map<string, StoredEventRef>();

  const stream = (streamName: string): readonly RecordedEvent[] => streams.get(streamName) ?? [];
  const revision = (streamName: string): StreamRevision =>
    stream(streamName).at(-1)?.revision ?? 'no-stream';

  const append = (
    streamName: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): E.Either<EventStoreError, AppendResult> => {
    const valid = validateAppend(streamName, events);
    if (E.isLeft(valid)) return valid;
    const actual = revision(streamName);
    const eventIds = events.map((e) => e.eventId);
    const stored = eventIds.map((id) => ids.get(id));
    // As the SQLite store: a batch whose first id is stored may be a retry; otherwise the
    // expected revision decides first, and any later stored id is a partial overlap.
    if (stored[0] !== undefined)
      return answerRetriedAppend(streamName, eventIds, stored, expected, actual);
    const check = checkExpectedRevision(streamName, expected, actual);
    if (E.isLeft(check)) return check;
    const clash = eventIds.find((_, i) => stored[i] !== undefined);
    if (clash !== undefined)
      return E.left({
        code: 'DuplicateEventId',
        eventId: clash,
        message: `event ${clash} is already stored (partial overlap with an earlier append)`,
      });

    const batchStart = actual === 'no-stream' ? 0n : actual + 1n;
    const recordedAt = clock().toISOString();
    const written = events.map((event, i) =>
      recorded(event, streamName, batchStart + BigInt(i), BigInt(all.length + i + 1), recordedAt),
    );
    const into = streams.get(streamName) ?? [];
    streams.set(streamName, into);
    for (const event of written) {
      all.push(event);
      into.push(event);
      ids.set(event.eventId, {
        streamName,
        revision: event.revision,
        position: event.position,
        batchStart,
        batchSize: BigInt(written.length),
      });
    }
    const last = written[written.length - 1];
    return last === undefined
      ? E.left({ code: 'InvalidInput', field: 'events', message: 'must not be empty' })
      : E.right({ nextExpectedRevision: last.revision, position: last.position });
  };

  return { all, stream, revision, append };
};
