import { expect, it } from 'vitest';
import { ExpectedRevision } from '../port/expected-revision';
import {
  collect,
  left,
  newEvent,
  newEvents,
  readPrefix,
  right,
  uniquePrefix,
  type ConformanceContext,
  type DuplicateDetection,
} from './fixtures';

/** Re-appending the same event ids: a retry is answered, never written twice. */
export const idempotencyTests = (ctx: ConformanceContext, detection: DuplicateDetection): void => {
  const logWideOnly = detection !== 'log-wide';
  it('re-appending the same batch with the same expected revision returns the first result', async () => {
    const prefix = uniquePrefix();
    const stream = `${prefix}staff-1`;
    const head = await ctx.store().headPosition();
    const batch = newEvents(3);
    const first = right(
      await ctx.store().append(stream, batch, { expectedRevision: ExpectedRevision.noStream }),
    );
    const retry = right(
      await ctx.store().append(stream, batch, { expectedRevision: ExpectedRevision.noStream }),
    );
    expect(retry).toEqual(first);

    const more = newEvents(2);
    const second = right(
      await ctx.store().append(stream, more, { expectedRevision: ExpectedRevision.exact(2n) }),
    );
    expect(
      right(
        await ctx.store().append(stream, more, { expectedRevision: ExpectedRevision.exact(2n) }),
      ),
    ).toEqual(second);
    // An older batch retried after newer ones is still recognised.
    expect(
      right(
        await ctx.store().append(stream, batch, { expectedRevision: ExpectedRevision.noStream }),
      ),
    ).toEqual(first);

    const single = newEvent();
    const third = right(await ctx.store().append(stream, [single]));
    expect(right(await ctx.store().append(stream, [single]))).toEqual(third);

    expect(await readPrefix(ctx.store(), prefix, head)).toHaveLength(6);
    expect(await ctx.store().streamRevision(stream)).toBe(5n);
  });

  it('a batch starting with a stored event but going on differently is a DuplicateEventId and writes nothing', async () => {
    const prefix = uniquePrefix();
    const stream = `${prefix}staff-1`;
    const head = await ctx.store().headPosition();
    const [a, b] = [newEvent(), newEvent()];
    right(await ctx.store().append(stream, [a, b]));

    const fresh = newEvent();
    expect(left(await ctx.store().append(stream, [a, fresh]))).toMatchObject({
      code: 'DuplicateEventId',
    });
    expect(await readPrefix(ctx.store(), prefix, head)).toHaveLength(2);
    right(await ctx.store().append(stream, [fresh]));
  });

  it.skipIf(logWideOnly)(
    'a partial overlap anywhere in a batch is a DuplicateEventId and writes nothing',
    async () => {
      const prefix = uniquePrefix();
      const stream = `${prefix}staff-1`;
      const head = await ctx.store().headPosition();
      const [a, b] = [newEvent(), newEvent()];
      right(await ctx.store().append(stream, [a, b]));

      const fresh = newEvent();
      expect(left(await ctx.store().append(stream, [fresh, b]))).toMatchObject({
        code: 'DuplicateEventId',
        eventId: b.eventId,
      });
      expect(left(await ctx.store().append(stream, [b]))).toMatchObject({
        code: 'DuplicateEventId',
        eventId: b.eventId,
      });
      expect(await readPrefix(ctx.store(), prefix, head)).toHaveLength(2);
      // `fresh` was not consumed by the refused appends.
      right(await ctx.store().append(stream, [fresh]));
    },
  );

  it.skipIf(logWideOnly)(
    'the same event id in another stream is a DuplicateEventId and writes nothing',
    async () => {
      const prefix = uniquePrefix();
      const event = newEvent();
      right(await ctx.store().append(`${prefix}staff-1`, [event]));
      const other = `${prefix}staff-2`;
      expect(left(await ctx.store().append(other, [event]))).toMatchObject({
        code: 'DuplicateEventId',
        eventId: event.eventId,
      });
      expect(await collect(ctx.store().readStream(other))).toEqual([]);
    },
  );

  it('the same batch under an expected revision it was not written with is refused', async () => {
    const prefix = uniquePrefix();
    const stream = `${prefix}staff-1`;
    const head = await ctx.store().headPosition();
    right(await ctx.store().append(stream, [newEvent()]));
    const batch = newEvents(2);
    right(
      await ctx.store().append(stream, batch, { expectedRevision: ExpectedRevision.exact(0n) }),
    );
    const error = left(
      await ctx.store().append(stream, batch, { expectedRevision: ExpectedRevision.noStream }),
    );
    expect(['WrongExpectedRevision', 'DuplicateEventId']).toContain(error.code);
    expect(await readPrefix(ctx.store(), prefix, head)).toHaveLength(3);
  });
};
