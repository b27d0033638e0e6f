import type { JSONRecordedEvent } from '@eventstore/db-client';
import fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../port/envelope';
import type { EventStoreError } from '../port/errors';
import { isSystemEvent, toEventData, toRecordedEvent } from './envelope-metadata';

const event: NewEvent = {
  eventId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  type: 'Pdr.Recorded',
  schemaVersion: 2,
  effectiveAt: '2024-03-31T23:00:00.000+01:00',
  actor: { id: 'manager-42', role: 'line-manager' },
  reason: 'annual review',
  correlationId: 'c-1',
  causationId: 'e-0',
  data: { outcome: 'positive' },
};

/** What the client gives back after a write and a read: JSON through the wire, server fields added. */
const stored = (
  written: NewEvent,
  overrides: Partial<JSONRecordedEvent> = {},
): JSONRecordedEvent => {
  const data = toEventData(written);
  return {
    streamId: 'staff-1',
    id: data.id,
    revision: 4n,
    type: data.type,
    data: JSON.parse(JSON.stringify(data.data)) as JSONRecordedEvent['data'],
    metadata: JSON.parse(JSON.stringify(data.metadata)) as JSONRecordedEvent['metadata'],
    isJson: true,
    created: new Date('2026-11-26T01:02:03.456Z'),
    position: { commit: 8_192n, prepare: 8_192n },
    ...overrides,
  };
};

/** The field an InvalidInput names, or what came instead. */
const fieldOf = (result: E.Either<EventStoreError, unknown>): string =>
  E.isLeft(result) && result.left.code === 'InvalidInput' ? result.left.field : 'no InvalidInput';

describe('envelope in EventStoreDB metadata', () => {
  it('stores the envelope and the server-convention $correlationId/$causationId', () => {
    expect(toEventData(event)).toMatchObject({
      id: event.eventId,
      type: 'Pdr.Recorded',
      contentType: 'application/json',
      data: { outcome: 'positive' },
      metadata: {
        schemaVersion: 2,
        effectiveAt: '2024-03-31T23:00:00.000+01:00',
        actor: { id: 'manager-42', role: 'line-manager' },
        reason: 'annual review',
        correlationId: 'c-1',
        causationId: 'e-0',
        $correlationId: 'c-1',
        $causationId: 'e-0',
      },
    });
  });

  it('reads back every field exactly, with recordedAt = the server created time', () => {
    expect(toRecordedEvent(stored(event))).toEqual(
      E.right({
        ...event,
        streamName: 'staff-1',
        revision: 4n,
        position: 8_192n,
        recordedAt: '2026-11-26T01:02:03.456Z',
      }),
    );
  });

  it('round-trips any envelope (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 30 });
    const newEvent = fc.record({
      eventId: fc.uuid(),
      type: fc.constantFrom('StaffJoined', 'Vacancy.Opened'),
      schemaVersion: fc.integer({ min: 1, max: 99 }),
      effectiveAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      actor: fc.record({ id: text, role: text }),
      correlationId: text,
      causationId: fc.option(text, { nil: null }),
      data: fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as NewEvent['data']),
    });
    fc.assert(
      fc.property(newEvent, fc.option(text, { nil: undefined }), (base, reason) => {
        const written: NewEvent = reason === undefined ? base : { ...base, reason };
        const read = toRecordedEvent(stored(written));
        expect(E.isRight(read) && read.right).toMatchObject(written);
        expect(E.isRight(read) && 'reason' in read.right).toBe(reason !== undefined);
      }),
    );
  });

  it('refuses a stored event without a Ladder envelope, naming it', () => {
    const foreign = stored(event, { metadata: { by: 'someone else' } });
    expect(fieldOf(toRecordedEvent(foreign))).toMatch(/staff-1@4\)\.metadata$/);
    const legacy = stored(event, { position: { commit: 9_000n, prepare: 8_192n } });
    expect(fieldOf(toRecordedEvent(legacy))).toMatch(/\.position$/);
  });

  it('recognises system events by type or stream', () => {
    expect(isSystemEvent({ type: '$metadata', streamId: '$$staff-1' })).toBe(true);
    expect(isSystemEvent({ type: '$>', streamId: '$ce-staff' })).toBe(true);
    expect(isSystemEvent({ type: 'StaffJoined', streamId: 'staff-1' })).toBe(false);
  });
});
