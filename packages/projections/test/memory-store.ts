import * as E from 'fp-ts/Either';
import {
  checkExpectedRevision,
  validateAppend,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  type SubscriptionMessage,
} from '@ladder/event-store';

/**
 * A small in-process store for the runner's property tests, where thousands of histories
 * must be replayed quickly. It keeps the port's contract that matters to a projection
 * (global order, exclusive checkpoints, catch-up then live); the SQLite tests use the real adapter.
 */
export const memoryEventStore = (): EventStore & { events: RecordedEvent[] } => {
  const events: RecordedEvent[] = [];
  const listeners = new Set<() => void>();
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const revisionOf = (stream: string) => {
    let last: bigint | 'no-stream' = 'no-stream';
    for (const e of events) if (e.streamName === stream) last = e.revision;
    return last;
  };
  return {
    events,
    append(streamName, batch: readonly NewEvent[], options) {
      const valid = validateAppend(streamName, batch);
      if (E.isLeft(valid)) return Promise.resolve(valid);
      const actual = revisionOf(streamName);
      const check = checkExpectedRevision(
        streamName,
        options?.expectedRevision ?? { kind: 'any' },
        actual,
      );
      if (E.isLeft(check)) return Promise.resolve(check);
      let revision = actual === 'no-stream' ? 0n : actual + 1n;
      for (const e of batch) {
        clock += 1000;
        events.push({
          ...e,
          streamName,
          revision: revision++,
          position: BigInt(events.length + 1),
          recordedAt: new Date(clock).toISOString(),
        });
      }
      for (const l of listeners) l();
      return Promise.resolve(
        E.right({ nextExpectedRevision: revision - 1n, position: BigInt(events.length) }),
      );
    },
    async *readStream(streamName) {
      await Promise.resolve();
      yield* events.filter((e) => e.streamName === streamName);
    },
    streamRevision: (streamName) => Promise.resolve(revisionOf(streamName)),
    async *readAll(options) {
      await Promise.resolve();
      const after = options?.after ?? 0n;
      yield* events.filter((e) => e.position > after);
    },
    subscribeToAll(options) {
      let closed = false;
      let wake: () => void = () => undefined;
      const listener = () => wake();
      listeners.add(listener);
      async function* messages(): AsyncGenerator<SubscriptionMessage> {
        let after = options?.after ?? 0n;
        let caughtUp = false;
        while (!closed) {
          const next = events.filter((e) => e.position > after);
          for (const event of next) {
            yield { kind: 'event', event };
            after = event.position;
          }
          if (!caughtUp) {
            caughtUp = true;
            yield { kind: 'caught-up', position: after };
          }
          if (events.length > Number(after)) continue;
          await new Promise<void>((r) => (wake = r));
        }
      }
      const iterable = messages();
      return {
        [Symbol.asyncIterator]: () => iterable,
        close() {
          closed = true;
          listeners.delete(listener);
          wake();
          return Promise.resolve();
        },
      };
    },
    headPosition: () => Promise.resolve(BigInt(events.length)),
    close: () => Promise.resolve(),
  };
};
