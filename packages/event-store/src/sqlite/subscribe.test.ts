import { describe, expect, it } from 'vitest';
import type { SubscriptionMessage } from '../port/event-store';
import type { EventRow } from './event-row';
import type { Notifier } from './notifier';
import { subscribeFrom } from './subscribe';

const row = (position: bigint): EventRow => ({
  position,
  stream_name: 'staff-1',
  revision: position - 1n,
  event_id: `id-${position}`,
  type: 'StaffJoined',
  schema_version: 1n,
  recorded_at: '2024-04-01T00:00:00.000Z',
  effective_at: '2024-04-01T00:00:00.000Z',
  actor_id: 'a',
  actor_role: 'r',
  reason: null,
  correlation_id: 'c',
  causation_id: null,
  data: '{}',
});

/** An in-memory log that counts how many rows the subscription has pulled out of it. */
const fakeLog = (size: number) => {
  const log = { rows: Array.from({ length: size }, (_, i) => row(BigInt(i + 1))), fetched: 0 };
  const listeners = new Set<() => void>();
  const notifier: Notifier = {
    notify: () => listeners.forEach((listener) => listener()),
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const deps = {
    readPage: (after: bigint, upTo: bigint, limit: number) => {
      const page = log.rows.filter((r) => r.position > after && r.position <= upTo).slice(0, limit);
      log.fetched += page.length;
      return page;
    },
    headPosition: () => log.rows[log.rows.length - 1]?.position ?? 0n,
    notifier,
    pageSize: 10,
    pollIntervalMs: 10_000,
    onClose: () => undefined,
  };
  const append = (): void => {
    log.rows.push(row(BigInt(log.rows.length + 1)));
    notifier.notify();
  };
  return { log, deps, append };
};

const positionOf = (result: IteratorResult<SubscriptionMessage>): string => {
  if (result.done === true) return 'end';
  const message = result.value;
  return message.kind === 'event'
    ? String(message.event.position)
    : `caught-up@${message.position}`;
};

describe('subscribeFrom', () => {
  it('reads ahead at most one page of what the consumer took (backpressure)', async () => {
    const { log, deps } = fakeLog(10_000);
    const iterator = subscribeFrom(deps, 0n)[Symbol.asyncIterator]();
    for (let taken = 1; taken <= 95; taken += 1) {
      await iterator.next();
      expect(log.fetched).toBeLessThanOrEqual(taken - 1 + deps.pageSize);
    }
  });

  it('switches to live once, wakes on a notification and has no gap or duplicate', async () => {
    const { deps, append } = fakeLog(25);
    const subscription = subscribeFrom(deps, 20n);
    const iterator = subscription[Symbol.asyncIterator]();
    const seen: string[] = [];
    for (let i = 0; i < 6; i += 1) seen.push(positionOf(await iterator.next()));
    const live = iterator.next();
    append();
    append();
    seen.push(positionOf(await live), positionOf(await iterator.next()));
    expect(seen).toEqual(['21', '22', '23', '24', '25', 'caught-up@25', '26', '27']);
    const pending = iterator.next();
    await subscription.close();
    expect((await pending).done).toBe(true);
  });
});
