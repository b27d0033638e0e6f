import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { expect } from 'vitest';
import type { NewEvent, RecordedEvent } from '../port/envelope';
import type { AppendResult, EventStore, SubscriptionMessage } from '../port/event-store';
import type { EventStoreError } from '../port/errors';

/** The adapter under test, made fresh for each test by the factory's `makeStore`. */
export interface ConformanceContext {
  readonly store: () => EventStore;
}

/** A stream-name prefix no other test (or earlier run against a shared server) uses. */
export const uniquePrefix = (): string => `conf${randomUUID().replaceAll('-', '').slice(0, 12)}-`;

export const newEvent = (overrides: Partial<NewEvent> = {}): NewEvent => ({
  eventId: randomUUID(),
  type: 'StaffJoined',
  schemaVersion: 1,
  effectiveAt: '2024-04-01T00:00:00.000Z',
  actor: { id: 'hr-7', role: 'hr-officer' },
  correlationId: randomUUID(),
  causationId: null,
  data: { staffId: 's-1', grade: 8 },
  ...overrides,
});

export const newEvents = (count: number, overrides: Partial<NewEvent> = {}): NewEvent[] =>
  Array.from({ length: count }, (_, i) => newEvent({ data: { n: i }, ...overrides }));

export const right = (result: E.Either<EventStoreError, AppendResult>): AppendResult => {
  if (E.isLeft(result))
    throw new Error(`expected success, got ${JSON.stringify(result.left, bigints)}`);
  return result.right;
};

export const left = (result: E.Either<EventStoreError, AppendResult>): EventStoreError => {
  if (E.isRight(result))
    throw new Error(`expected an error, got ${JSON.stringify(result.right, bigints)}`);
  return result.left;
};

export const collect = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

export const ids = (events: readonly RecordedEvent[]): string[] => events.map((e) => e.eventId);

/** The events of every stream under `prefix`, in global order, after `after`. */
export const readPrefix = (
  store: EventStore,
  prefix: string,
  after: bigint,
): Promise<RecordedEvent[]> =>
  collect(store.readAll({ after, filter: { streamPrefixes: [prefix] } }));

/** Next message of a subscription (undefined once it ended), failing instead of hanging. */
export const nextMessage = async (
  iterator: AsyncIterator<SubscriptionMessage>,
  timeoutMs = 5_000,
): Promise<SubscriptionMessage | undefined> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no subscription message within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    const next = await Promise.race([iterator.next(), timeout]);
    return next.done === true ? undefined : next.value;
  } finally {
    clearTimeout(timer);
  }
};

/** Reads messages until `count` events arrived; returns them and every caught-up seen. */
export const takeEvents = async (
  iterator: AsyncIterator<SubscriptionMessage>,
  count: number,
  onEvent: (event: RecordedEvent, index: number) => Promise<void> | void = () => undefined,
): Promise<{ events: RecordedEvent[]; caughtUp: { index: number; position: bigint }[] }> => {
  const events: RecordedEvent[] = [];
  const caughtUp: { index: number; position: bigint }[] = [];
  while (events.length < count) {
    const next = await nextMessage(iterator);
    if (next === undefined) throw new Error(`subscription ended after ${events.length} events`);
    if (next.kind === 'caught-up') caughtUp.push({ index: events.length, position: next.position });
    else {
      events.push(next.event);
      await onEvent(next.event, events.length - 1);
    }
  }
  return { events, caughtUp };
};

export const expectStrictlyIncreasing = (positions: readonly bigint[]): void => {
  for (let i = 1; i < positions.length; i += 1) {
    const [before, after] = [positions[i - 1], positions[i]];
    expect(before !== undefined && after !== undefined && after > before, `position ${i}`).toBe(
      true,
    );
  }
};

const bigints = (_key: string, value: unknown): unknown =>
  typeof value === 'bigint' ? value.toString() : value;

/**
 * How far a store's duplicate detection reaches. Both kinds answer an exact retry with the
 * first result and never write a batch twice when its first event was already stored:
 * - `log-wide` (the embedded SQLite store): an event id is unique in the whole log, so a
 *   partial overlap anywhere in a batch, or an id stored in another stream, is refused.
 * - `per-stream` (EventStoreDB): idempotence is keyed on event id plus stream and checked
 *   from the batch's first event, as the server documents; ids in other streams and later
 *   positions of a batch are not looked up. Ladder's writers derive every id of a batch from
 *   one command id and look for the first before appending (`@ladder/application`), so they
 *   never produce the cases only `log-wide` refuses.
 */
export type DuplicateDetection = 'log-wide' | 'per-stream';
