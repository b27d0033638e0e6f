import { expect, it } from 'vitest';
import type { NewEvent } from '../port/envelope';
import { limits } from '../port/limits';
import {
  left,
  newEvent,
  newEvents,
  right,
  uniquePrefix,
  type ConformanceContext,
} from './fixtures';

/** Bad input is a typed error naming the field, and nothing is written. */
export const validationTests = (ctx: ConformanceContext): void => {
  it('refuses bad stream names', async () => {
    const tooLong = `${uniquePrefix()}${'x'.repeat(limits.streamName.maxLength)}`;
    for (const name of [
      '',
      '$all',
      '$ce-staff',
      'staff 1',
      'staff/1',
      '-staff',
      'staff-é',
      tooLong,
    ]) {
      const error = left(await ctx.store().append(name, [newEvent()]));
      expect(error, name).toMatchObject({ code: 'InvalidInput', field: 'streamName' });
    }
  });

  it('refuses bad envelopes, naming the field, and writes nothing of the batch', async () => {
    const stream = `${uniquePrefix()}staff-1`;
    const cases: [(event: NewEvent) => NewEvent, string][] = [
      [(e) => ({ ...e, type: 'staffJoined' }), 'events[1].type'],
      [(e) => ({ ...e, type: 'Staff Joined' }), 'events[1].type'],
      [(e) => ({ ...e, type: `S${'x'.repeat(limits.eventType.maxLength)}` }), 'events[1].type'],
      [(e) => ({ ...e, eventId: 'not-a-uuid' }), 'events[1].eventId'],
      [(e) => ({ ...e, schemaVersion: 0 }), 'events[1].schemaVersion'],
      [(e) => ({ ...e, effectiveAt: '2024-04-01' }), 'events[1].effectiveAt'],
      [(e) => ({ ...e, actor: { id: '', role: 'hr' } }), 'events[1].actor.id'],
      [(e) => ({ ...e, correlationId: '' }), 'events[1].correlationId'],
      [(e) => ({ ...e, reason: 'r'.repeat(limits.textLength + 1) }), 'events[1].reason'],
      [(e) => ({ ...e, data: { when: Number.NaN } }), 'events[1].data'],
      // A class instance is not plain JSON, whatever its static type says.
      [(e) => Object.assign(e, { data: new Date(0) }), 'events[1].data'],
    ];
    for (const [spoil, field] of cases) {
      const batch = [newEvent(), spoil(newEvent()), newEvent()];
      const error = left(await ctx.store().append(stream, batch));
      expect(error, field).toMatchObject({ code: 'InvalidInput', field });
    }
    const first = newEvent();
    expect(left(await ctx.store().append(stream, [first, first]))).toMatchObject({
      code: 'InvalidInput',
      field: 'events[1].eventId',
    });
    expect(left(await ctx.store().append(stream, []))).toMatchObject({
      code: 'InvalidInput',
      field: 'events',
    });
    expect(await ctx.store().streamRevision(stream)).toBe('no-stream');
  });

  it('refuses events and batches over the size limits, writing nothing', async () => {
    const stream = `${uniquePrefix()}staff-1`;
    const big = newEvent({ data: { text: 'x'.repeat(limits.eventBytes) } });
    expect(left(await ctx.store().append(stream, [newEvent(), big]))).toMatchObject({
      code: 'PayloadTooLarge',
      field: 'events[1]',
      limit: limits.eventBytes,
    });
    const third = Math.floor(limits.appendBytes / 3);
    const heavy = newEvents(4, { data: { text: 'y'.repeat(third) } });
    expect(left(await ctx.store().append(stream, heavy))).toMatchObject({
      code: 'PayloadTooLarge',
      field: 'events',
      limit: limits.appendBytes,
    });
    expect(
      left(await ctx.store().append(stream, newEvents(limits.eventsPerAppend + 1))),
    ).toMatchObject({
      code: 'InvalidInput',
      field: 'events',
    });
    expect(await ctx.store().streamRevision(stream)).toBe('no-stream');
    // Just under the limits is accepted.
    right(await ctx.store().append(stream, newEvents(2, { data: { text: 'z'.repeat(third) } })));
  });
};
