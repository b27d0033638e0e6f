import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { expect, it } from 'vitest';
import type { NewEvent, RecordedEvent } from '../port/envelope';
import type { AppendResult } from '../port/event-store';
import {
  checkExpectedRevision,
  ExpectedRevision,
  type StreamRevision,
} from '../port/expected-revision';
import { getSqliteEventStore } from './sqlite-event-store';

const streams = ['staff-1', 'staff-2', 'vacancy-1'] as const;

type Command =
  | { kind: 'append'; stream: number; size: number; expected: ExpectedRevision }
  | { kind: 'retry'; batch: number }
  | { kind: 'elsewhere'; batch: number; stream: number };

const expectedArb: fc.Arbitrary<ExpectedRevision> = fc.oneof(
  fc.constant(ExpectedRevision.any),
  fc.constant(ExpectedRevision.noStream),
  fc.constant(ExpectedRevision.exists),
  fc.integer({ min: 0, max: 6 }).map((n) => ExpectedRevision.exact(BigInt(n))),
);

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('append' as const),
      stream: fc.nat(2),
      size: fc.integer({ min: 1, max: 4 }),
      expected: expectedArb,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retry' as const), batch: fc.nat(20) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('elsewhere' as const),
      batch: fc.nat(20),
      stream: fc.nat(2),
    }),
  },
);

const event = (): NewEvent => ({
  eventId: randomUUID(),
  type: 'StaffJoined',
  schemaVersion: 1,
  effectiveAt: '2024-04-01T00:00:00.000Z',
  actor: { id: 'a', role: 'r' },
  correlationId: 'c',
  causationId: null,
  data: { n: 1 },
});

interface Batch {
  readonly stream: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedRevision;
  readonly result: AppendResult;
}

const collect = async (iterable: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};

// The store against a model of the port: expected revisions, idempotent retries, duplicates.
it('behaves like the model for any sequence of appends, retries and misplaced ids', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(commandArb, { minLength: 1, maxLength: 30 }), async (commands) => {
      const store = getSqliteEventStore({ path: ':memory:', pageSize: 3 });
      const model = new Map<string, string[]>();
      const log: string[] = [];
      const batches: Batch[] = [];
      const revisionOf = (stream: string): StreamRevision => {
        const events = model.get(stream) ?? [];
        return events.length === 0 ? 'no-stream' : BigInt(events.length - 1);
      };
      for (const command of commands) {
        if (command.kind === 'append') {
          const stream = streams[command.stream] ?? 'staff-1';
          const events = Array.from({ length: command.size }, event);
          const result = await store.append(stream, events, { expectedRevision: command.expected });
          const allowed = checkExpectedRevision(stream, command.expected, revisionOf(stream));
          if (E.isLeft(allowed)) {
            expect(result).toEqual(allowed);
            continue;
          }
          expect(E.isRight(result)).toBe(true);
          if (E.isLeft(result)) continue;
          model.set(stream, [...(model.get(stream) ?? []), ...events.map((e) => e.eventId)]);
          log.push(...events.map((e) => e.eventId));
          expect(result.right.nextExpectedRevision).toBe(revisionOf(stream));
          batches.push({ stream, events, expected: command.expected, result: result.right });
        } else {
          const batch = batches[command.batch % Math.max(batches.length, 1)];
          if (batch === undefined) continue;
          if (command.kind === 'retry') {
            const again = await store.append(batch.stream, batch.events, {
              expectedRevision: batch.expected,
            });
            expect(again).toEqual(E.right(batch.result));
          } else {
            const stream = streams[command.stream] ?? 'staff-1';
            if (stream === batch.stream) continue;
            const misplaced = await store.append(stream, batch.events);
            expect(misplaced).toMatchObject(E.left({ code: 'DuplicateEventId' }));
          }
        }
      }
      const stored = await collect(store.readAll());
      expect(stored.map((e) => e.eventId)).toEqual(log);
      for (let i = 1; i < stored.length; i += 1)
        expect((stored[i]?.position ?? 0n) > (stored[i - 1]?.position ?? 0n)).toBe(true);
      for (const stream of streams) {
        expect((await collect(store.readStream(stream))).map((e) => e.eventId)).toEqual(
          model.get(stream) ?? [],
        );
        expect(await store.streamRevision(stream)).toBe(revisionOf(stream));
      }
      await store.close();
    }),
    { numRuns: 60 },
  );
});
