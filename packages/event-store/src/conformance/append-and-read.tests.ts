import { expect, it } from 'vitest';
import type { ReadStreamOptions } from '../port/event-store';
import { ExpectedRevision } from '../port/expected-revision';
import {
  collect,
  expectStrictlyIncreasing,
  ids,
  newEvent,
  newEvents,
  readPrefix,
  right,
  uniquePrefix,
  type ConformanceContext,
} from './fixtures';

/** Atomic batches, global order across streams, and every way of reading back. */
export const appendAndReadTests = (ctx: ConformanceContext): void => {
  it('a batch gets consecutive revisions and increasing positions; the result names the last', async () => {
    const stream = `${uniquePrefix()}staff-1`;
    const batch = newEvents(4);
    const result = right(
      await ctx.store().append(stream, batch, { expectedRevision: ExpectedRevision.noStream }),
    );
    const stored = await collect(ctx.store().readStream(stream));
    expect(ids(stored)).toEqual(batch.map((e) => e.eventId));
    expect(stored.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n]);
    expectStrictlyIncreasing(stored.map((e) => e.position));
    expect(result).toEqual({ nextExpectedRevision: 3n, position: stored[3]?.position });
    expect(stored.every((e) => e.streamName === stream)).toBe(true);
  });

  it('keeps one global order across streams, matching the order of the appends', async () => {
    const prefix = uniquePrefix();
    const [a, b] = [`${prefix}staff-a`, `${prefix}vacancy-b`];
    const head = await ctx.store().headPosition();
    const e1 = newEvent();
    const e2 = newEvent();
    const e3 = newEvents(2);
    const e4 = newEvent();
    right(await ctx.store().append(a, [e1]));
    right(await ctx.store().append(b, [e2]));
    right(await ctx.store().append(a, e3));
    const last = right(await ctx.store().append(b, [e4]));
    const log = await readPrefix(ctx.store(), prefix, head);
    expect(ids(log)).toEqual([e1, e2, ...e3, e4].map((e) => e.eventId));
    expect(log.map((e) => `${e.streamName}@${e.revision}`)).toEqual([
      `${a}@0`,
      `${b}@0`,
      `${a}@1`,
      `${a}@2`,
      `${b}@1`,
    ]);
    expectStrictlyIncreasing(log.map((e) => e.position));
    expect(log.every((e) => e.position > head)).toBe(true);
    expect(await ctx.store().headPosition()).toBeGreaterThanOrEqual(last.position);
  });

  it('reads a stream forwards, backwards, from a revision and with maxCount', async () => {
    const stream = `${uniquePrefix()}staff-1`;
    const batches = [newEvents(7), newEvents(6), newEvents(4)];
    for (const batch of batches) right(await ctx.store().append(stream, batch));
    const all = batches.flat().map((e) => e.eventId);
    const read = async (options: ReadStreamOptions) =>
      ids(await collect(ctx.store().readStream(stream, options)));

    expect(await read({})).toEqual(all);
    expect(await read({ direction: 'backwards' })).toEqual([...all].reverse());
    expect(await read({ fromRevision: 5n })).toEqual(all.slice(5));
    expect(await read({ fromRevision: 5n, maxCount: 3 })).toEqual(all.slice(5, 8));
    expect(await read({ direction: 'backwards', fromRevision: 9n, maxCount: 4 })).toEqual(
      all.slice(6, 10).reverse(),
    );
    expect(await read({ direction: 'backwards', fromRevision: 2n })).toEqual(
      all.slice(0, 3).reverse(),
    );
    expect(await read({ maxCount: 0 })).toEqual([]);
    expect(await read({ fromRevision: 17n })).toEqual([]);
    expect(await ctx.store().streamRevision(stream)).toBe(16n);
  });

  it('a stream with no events reads as nothing and has no revision', async () => {
    const stream = `${uniquePrefix()}staff-none`;
    expect(await collect(ctx.store().readStream(stream))).toEqual([]);
    expect(await collect(ctx.store().readStream(stream, { direction: 'backwards' }))).toEqual([]);
    expect(await ctx.store().streamRevision(stream)).toBe('no-stream');
  });

  it('reads the log after a position, with maxCount, across many pages', async () => {
    const prefix = uniquePrefix();
    const head = await ctx.store().headPosition();
    const written = [newEvents(20), newEvents(1), newEvents(30)];
    for (const [i, batch] of written.entries())
      right(await ctx.store().append(`${prefix}staff-${i % 2}`, batch));
    const all = written.flat().map((e) => e.eventId);
    const log = await readPrefix(ctx.store(), prefix, head);
    expect(ids(log)).toEqual(all);

    const middle = log[24]?.position ?? -1n;
    expect(ids(await readPrefix(ctx.store(), prefix, middle))).toEqual(all.slice(25));
    const limited = await collect(
      ctx.store().readAll({ after: head, maxCount: 12, filter: { streamPrefixes: [prefix] } }),
    );
    expect(ids(limited)).toEqual(all.slice(0, 12));
  });

  it('filters the log by event type and by stream prefix', async () => {
    const prefix = uniquePrefix();
    const head = await ctx.store().headPosition();
    const joined = newEvent({ type: 'StaffJoined' });
    const pdr = newEvent({ type: 'PdrRecorded' });
    const opened = newEvent({ type: 'Vacancy.Opened' });
    const other = newEvent({ type: 'StaffJoined' });
    right(await ctx.store().append(`${prefix}staff-1`, [joined, pdr]));
    right(await ctx.store().append(`${prefix}vacancy-1`, [opened]));
    right(await ctx.store().append(`${uniquePrefix()}staff-1`, [other]));

    const byType = await collect(
      ctx
        .store()
        .readAll({ after: head, filter: { eventTypes: ['PdrRecorded', 'Vacancy.Opened'] } }),
    );
    expect(ids(byType.filter((e) => e.streamName.startsWith(prefix)))).toEqual([
      pdr.eventId,
      opened.eventId,
    ]);
    expect(byType.every((e) => e.type === 'PdrRecorded' || e.type === 'Vacancy.Opened')).toBe(true);

    const byPrefix = await collect(
      ctx.store().readAll({ after: head, filter: { streamPrefixes: [`${prefix}vacancy-`] } }),
    );
    expect(ids(byPrefix)).toEqual([opened.eventId]);
    const twoPrefixes = await collect(
      ctx.store().readAll({
        after: head,
        filter: { streamPrefixes: [`${prefix}vacancy-`, `${prefix}staff-`] },
      }),
    );
    expect(ids(twoPrefixes)).toEqual([joined, pdr, opened].map((e) => e.eventId));
  });
};
