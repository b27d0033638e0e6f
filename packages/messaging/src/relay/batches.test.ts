import type { RecordedEvent, SubscriptionMessage } from '@ladder/event-store';
import { describe, expect, it } from 'vitest';
import { batchesOf } from './batches';

const event = (position: number): RecordedEvent => ({
  eventId: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
  type: 'TrainingCompleted',
  schemaVersion: 1,
  effectiveAt: '2024-04-01T00:00:00Z',
  actor: { id: 'hr-1', role: 'hr' },
  correlationId: 'c',
  causationId: null,
  data: {},
  streamName: 'staff-1',
  revision: BigInt(position - 1),
  position: BigInt(position),
  recordedAt: '2024-04-01T00:00:00Z',
});

async function* log(
  backlog: number,
  live: readonly { afterMs: number; position: number }[],
): AsyncGenerator<SubscriptionMessage> {
  for (let p = 1; p <= backlog; p++) yield { kind: 'event', event: event(p) };
  yield { kind: 'caught-up', position: BigInt(backlog) };
  for (const { afterMs, position } of live) {
    await new Promise((resolve) => setTimeout(resolve, afterMs));
    yield { kind: 'event', event: event(position) };
  }
}

const collect = async <T>(source: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
};

describe('batchesOf', () => {
  it('cuts the backlog into batches of at most maxBatch, in order, then marks caught-up', async () => {
    const batches = await collect(batchesOf(log(7, []), { maxBatch: 3, lingerMs: 50 }));
    expect(batches.map((b) => b.events.map((e) => Number(e.position)))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7],
    ]);
    expect(batches.map((b) => b.caughtUpAt)).toEqual([undefined, undefined, 7n]);
  });

  it('flushes a lone live event after lingerMs instead of waiting for more', async () => {
    const started = Date.now();
    const seen: { positions: number[]; atMs: number }[] = [];
    for await (const batch of batchesOf(
      log(0, [
        { afterMs: 5, position: 1 },
        { afterMs: 300, position: 2 },
      ]),
      { maxBatch: 100, lingerMs: 20 },
    )) {
      seen.push({
        positions: batch.events.map((e) => Number(e.position)),
        atMs: Date.now() - started,
      });
    }
    expect(seen.map((s) => s.positions)).toEqual([[], [1], [2]]);
    // Event 1 went out on its own long before event 2 arrived.
    expect(seen[1]?.atMs).toBeLessThan(250);
  });
});
