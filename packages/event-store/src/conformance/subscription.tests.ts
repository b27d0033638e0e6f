import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import {
  expectStrictlyIncreasing,
  ids,
  newEvent,
  newEvents,
  nextMessage,
  right,
  takeEvents,
  uniquePrefix,
  type ConformanceContext,
} from './fixtures';

/** Catch-up subscriptions: backlog, one caught-up, live events, close. */
export const subscriptionTests = (ctx: ConformanceContext): void => {
  it('delivers the backlog, one caught-up, then live events, and ends on close', async () => {
    const prefix = uniquePrefix();
    const head = await ctx.store().headPosition();
    const backlog = newEvents(3);
    right(await ctx.store().append(`${prefix}staff-1`, backlog));
    const subscription = ctx
      .store()
      .subscribeToAll({ after: head, filter: { streamPrefixes: [prefix] } });
    const iterator = subscription[Symbol.asyncIterator]();

    const before = await takeEvents(iterator, 3);
    expect(ids(before.events)).toEqual(backlog.map((e) => e.eventId));
    const caughtUp = await nextMessage(iterator);
    expect(caughtUp).toMatchObject({ kind: 'caught-up' });
    if (caughtUp?.kind === 'caught-up')
      expect(caughtUp.position).toBeGreaterThanOrEqual(before.events[2]?.position ?? 0n);

    const live = [newEvent(), newEvent()];
    right(await ctx.store().append(`${prefix}vacancy-1`, [live[0] ?? newEvent()]));
    right(await ctx.store().append(`${prefix}staff-1`, [live[1] ?? newEvent()]));
    const after = await takeEvents(iterator, 2);
    expect(ids(after.events)).toEqual(live.map((e) => e.eventId));
    expect(after.caughtUp).toEqual([]);

    await subscription.close();
    expect(await nextMessage(iterator)).toBeUndefined();
  });

  it('starts from a checkpoint, exclusive, and applies the filter', async () => {
    const prefix = uniquePrefix();
    const first = right(await ctx.store().append(`${prefix}staff-1`, newEvents(2)));
    const wanted = newEvent({ type: 'PdrRecorded' });
    right(await ctx.store().append(`${prefix}staff-1`, [newEvent(), wanted, newEvent()]));
    const subscription = ctx.store().subscribeToAll({
      after: first.position,
      filter: { eventTypes: ['PdrRecorded'], streamPrefixes: [prefix] },
    });
    const iterator = subscription[Symbol.asyncIterator]();
    const { events } = await takeEvents(iterator, 1);
    expect(ids(events)).toEqual([wanted.eventId]);
    const next = await nextMessage(iterator);
    expect(next?.kind).toBe('caught-up');
    await subscription.close();
  });

  it('has no gap and no duplicate when appends race the switch to live', async () => {
    const prefix = uniquePrefix();
    const stream = `${prefix}staff-1`;
    const head = await ctx.store().headPosition();
    const backlog = newEvents(25);
    right(await ctx.store().append(stream, backlog));
    const subscription = ctx
      .store()
      .subscribeToAll({ after: head, filter: { streamPrefixes: [prefix] } });
    const iterator = subscription[Symbol.asyncIterator]();

    // A writer appends while the subscription is still catching up and after it switched.
    const racing = newEvents(40);
    const writer = (async () => {
      for (const event of racing) {
        right(await ctx.store().append(stream, [event]));
        await sleep(1);
      }
    })();
    const { events, caughtUp } = await takeEvents(iterator, backlog.length + racing.length);
    await writer;
    expect(ids(events)).toEqual([...backlog, ...racing].map((e) => e.eventId));
    expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => BigInt(i)));
    expectStrictlyIncreasing(events.map((e) => e.position));
    expect(caughtUp).toHaveLength(1);
    await subscription.close();
  });

  it('waits for a slow consumer without dropping it', async () => {
    const prefix = uniquePrefix();
    const stream = `${prefix}staff-1`;
    const head = await ctx.store().headPosition();
    const written = [newEvents(100), newEvents(100), newEvents(100)];
    right(await ctx.store().append(stream, written[0] ?? []));
    const subscription = ctx
      .store()
      .subscribeToAll({ after: head, filter: { streamPrefixes: [prefix] } });
    const iterator = subscription[Symbol.asyncIterator]();
    const { events } = await takeEvents(iterator, 300, async (_, i) => {
      // More events arrive while the consumer is busy with earlier ones.
      if (i === 10) right(await ctx.store().append(stream, written[1] ?? []));
      if (i === 150) right(await ctx.store().append(stream, written[2] ?? []));
      if (i % 25 === 0) await sleep(5);
    });
    expect(ids(events)).toEqual(written.flat().map((e) => e.eventId));
    await subscription.close();
  });

  it('closing the store ends its subscriptions', async () => {
    const subscription = ctx.store().subscribeToAll({
      after: await ctx.store().headPosition(),
      filter: { streamPrefixes: [uniquePrefix()] },
    });
    const iterator = subscription[Symbol.asyncIterator]();
    expect((await nextMessage(iterator))?.kind).toBe('caught-up');
    const pending = nextMessage(iterator);
    await ctx.store().close();
    expect(await pending).toBeUndefined();
  });
};
