import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { NewEvent, RecordedEvent } from '../port/envelope';
import {
  collect,
  newEvent,
  nextMessage,
  right,
  takeEvents,
  uniquePrefix,
  type ConformanceContext,
} from './fixtures';

const unicode = {
  name: 'Zoë Ångström-Øyelaran',
  team: 'Équipe 🧒🏽 enfance',
  cjk: '児童福祉サービス',
  rtl: 'خدمات الأطفال',
  combining: 'e\u0301',
  astral: '𝔏𝔞𝔡𝔡𝔢𝔯',
  escapes: 'quote " backslash \\ newline \n tab \t nul \u0000',
};

const envelopeOf = (event: RecordedEvent): NewEvent => ({
  eventId: event.eventId,
  type: event.type,
  schemaVersion: event.schemaVersion,
  effectiveAt: event.effectiveAt,
  actor: event.actor,
  ...(event.reason === undefined ? {} : { reason: event.reason }),
  correlationId: event.correlationId,
  causationId: event.causationId,
  data: event.data,
});

/** Every field of the envelope comes back exactly as written, from every read path. */
export const envelopeTests = (ctx: ConformanceContext): void => {
  it('round-trips the whole envelope through readStream, readAll and subscriptions', async () => {
    const prefix = uniquePrefix();
    const stream = `${prefix}staff-1`;
    const head = await ctx.store().headPosition();
    const cause = newEvent();
    const written: NewEvent[] = [
      newEvent({
        type: 'Pdr.Recorded',
        schemaVersion: 3,
        effectiveAt: '2023-12-31T23:59:59.999+01:00',
        actor: { id: 'manager-42', role: 'line-manager' },
        reason: 'Annual review — “positive” outcome ✓',
        correlationId: randomUUID(),
        causationId: cause.eventId,
        data: {
          ...unicode,
          score: 4.5,
          big: 9007199254740991,
          negative: -1,
          flags: [true, false, null],
          nested: { deep: [{ a: [] }, {}] },
        },
      }),
      newEvent({ data: null }),
      newEvent({ data: ['a', 1, { b: 'c' }] }),
      newEvent({ data: 'just a string' }),
    ];
    const startedAt = Date.now();
    right(await ctx.store().append(stream, written));
    const finishedAt = Date.now();

    const fromStream = await collect(ctx.store().readStream(stream));
    expect(fromStream.map(envelopeOf)).toEqual(written);
    expect(fromStream[1]).not.toHaveProperty('reason');
    for (const event of fromStream) {
      expect(event.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      const recorded = Date.parse(event.recordedAt);
      expect(recorded).toBeGreaterThanOrEqual(startedAt - 1_000);
      expect(recorded).toBeLessThanOrEqual(finishedAt + 1_000);
      expect(typeof event.revision).toBe('bigint');
      expect(typeof event.position).toBe('bigint');
    }

    const fromLog = await collect(
      ctx.store().readAll({ after: head, filter: { streamPrefixes: [prefix] } }),
    );
    expect(fromLog).toEqual(fromStream);
    const subscription = ctx
      .store()
      .subscribeToAll({ after: head, filter: { streamPrefixes: [prefix] } });
    const iterator = subscription[Symbol.asyncIterator]();
    expect((await takeEvents(iterator, written.length)).events).toEqual(fromStream);
    expect((await nextMessage(iterator))?.kind).toBe('caught-up');
    await subscription.close();
  });
};
