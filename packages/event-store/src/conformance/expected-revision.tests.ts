import { expect, it } from 'vitest';
import { ExpectedRevision } from '../port/expected-revision';
import {
  collect,
  left,
  newEvent,
  newEvents,
  right,
  uniquePrefix,
  type ConformanceContext,
} from './fixtures';

/** The four expected-revision modes, and conflicts that carry the stream's real revision. */
export const expectedRevisionTests = (ctx: ConformanceContext): void => {
  it('no-stream: creates a stream once, then conflicts with the actual revision', async () => {
    const stream = `${uniquePrefix()}staff-1`;
    const first = right(
      await ctx
        .store()
        .append(stream, [newEvent()], { expectedRevision: ExpectedRevision.noStream }),
    );
    expect(first.nextExpectedRevision).toBe(0n);
    expect(first.position).toBeGreaterThan(0n);

    const again = left(
      await ctx
        .store()
        .append(stream, [newEvent()], { expectedRevision: ExpectedRevision.noStream }),
    );
    expect(again).toMatchObject({
      code: 'WrongExpectedRevision',
      streamName: stream,
      actual: 0n,
      expected: ExpectedRevision.noStream,
    });
    expect(await collect(ctx.store().readStream(stream))).toHaveLength(1);
  });

  it('exact: appends at the right revision, conflicts otherwise with the actual revision', async () => {
    const stream = `${uniquePrefix()}staff-1`;
    const missing = left(
      await ctx
        .store()
        .append(stream, [newEvent()], { expectedRevision: ExpectedRevision.exact(0n) }),
    );
    expect(missing).toMatchObject({ code: 'WrongExpectedRevision', actual: 'no-stream' });

    right(await ctx.store().append(stream, newEvents(3)));
    const next = right(
      await ctx
        .store()
        .append(stream, [newEvent()], { expectedRevision: ExpectedRevision.exact(2n) }),
    );
    expect(next.nextExpectedRevision).toBe(3n);

    const stale = left(
      await ctx
        .store()
        .append(stream, newEvents(2), { expectedRevision: ExpectedRevision.exact(2n) }),
    );
    expect(stale).toMatchObject({
      code: 'WrongExpectedRevision',
      streamName: stream,
      expected: ExpectedRevision.exact(2n),
      actual: 3n,
    });
    const ahead = left(
      await ctx
        .store()
        .append(stream, [newEvent()], { expectedRevision: ExpectedRevision.exact(9n) }),
    );
    expect(ahead).toMatchObject({ code: 'WrongExpectedRevision', actual: 3n });
    expect(await ctx.store().streamRevision(stream)).toBe(3n);
  });

  it('exists: refuses a missing stream, accepts an existing one', async () => {
    const stream = `${uniquePrefix()}staff-1`;
    const missing = left(
      await ctx.store().append(stream, [newEvent()], { expectedRevision: ExpectedRevision.exists }),
    );
    expect(missing).toMatchObject({
      code: 'WrongExpectedRevision',
      actual: 'no-stream',
      expected: ExpectedRevision.exists,
    });
    expect(await ctx.store().streamRevision(stream)).toBe('no-stream');

    right(await ctx.store().append(stream, [newEvent()]));
    const ok = right(
      await ctx.store().append(stream, newEvents(2), { expectedRevision: ExpectedRevision.exists }),
    );
    expect(ok.nextExpectedRevision).toBe(2n);
  });

  it('any (and the default): appends whatever the stream holds', async () => {
    const stream = `${uniquePrefix()}staff-1`;
    expect(
      right(
        await ctx.store().append(stream, [newEvent()], { expectedRevision: ExpectedRevision.any }),
      ).nextExpectedRevision,
    ).toBe(0n);
    expect(
      right(
        await ctx.store().append(stream, [newEvent()], { expectedRevision: ExpectedRevision.any }),
      ).nextExpectedRevision,
    ).toBe(1n);
    expect(right(await ctx.store().append(stream, [newEvent()])).nextExpectedRevision).toBe(2n);
  });

  it('a conflicting batch writes none of its events', async () => {
    const stream = `${uniquePrefix()}staff-1`;
    right(await ctx.store().append(stream, [newEvent()]));
    const batch = newEvents(5);
    left(await ctx.store().append(stream, batch, { expectedRevision: ExpectedRevision.noStream }));
    const stored = await collect(ctx.store().readStream(stream));
    expect(stored).toHaveLength(1);
    // The ids were not consumed either: the same batch goes through at the right revision.
    expect(
      right(
        await ctx.store().append(stream, batch, { expectedRevision: ExpectedRevision.exact(0n) }),
      ).nextExpectedRevision,
    ).toBe(5n);
  });
};
