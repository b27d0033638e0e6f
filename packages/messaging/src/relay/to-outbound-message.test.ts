import type { RecordedEvent } from '@ladder/event-store';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { eventHeaders } from '../contract/headers';
import { IntegrationEvent } from '../contract/integration-event';
import { topicsFor } from '../contract/topics';
import { toOutboundMessage } from './to-outbound-message';

const recorded = (overrides: Partial<RecordedEvent>): RecordedEvent => ({
  eventId: '3f1c9a52-2f0e-4c55-9d7e-0c1b2a3d4e5f',
  type: 'StaffJoined',
  schemaVersion: 1,
  effectiveAt: '2023-04-03T00:00:00.000Z',
  actor: { id: 'hr-1', role: 'hr' },
  reason: 'Appointed: Jane Doe',
  correlationId: 'corr-1',
  causationId: null,
  data: {
    staffId: 'fw-7',
    jobFamily: 'family-worker',
    grade: 'L1',
    team: 'north',
    zone: 'dorset-north',
    contractedHours: 37,
    joinedOn: '2023-04-03',
    personal: { name: 'Jane Doe', dateOfBirth: '1990-01-15' },
  },
  streamName: 'staff-fw-7',
  revision: 0n,
  position: 9_007_199_254_740_993n,
  recordedAt: '2023-04-03T09:15:00.000Z',
  ...overrides,
});

const topics = topicsFor('acme.');

describe('toOutboundMessage', () => {
  it('puts a staff event on the staff topic, keyed by the staff id, with the contract headers', () => {
    const message = toOutboundMessage(recorded({}), topics);
    expect(E.isRight(message)).toBe(true);
    if (E.isLeft(message)) return;
    expect(message.right.topic).toBe('acme.ladder.staff.events.v1');
    expect(message.right.key).toBe('fw-7');
    expect(message.right.headers).toEqual({
      [eventHeaders.eventId]: '3f1c9a52-2f0e-4c55-9d7e-0c1b2a3d4e5f',
      [eventHeaders.eventType]: 'StaffJoined',
      [eventHeaders.schemaVersion]: '1',
      [eventHeaders.correlationId]: 'corr-1',
    });
  });

  it('publishes the facts but neither the personal part nor the free-text reason', () => {
    const message = toOutboundMessage(recorded({}), topics);
    if (E.isLeft(message)) throw new Error(message.left.message);
    const value: unknown = JSON.parse(message.right.value);
    expect(E.isRight(IntegrationEvent.decode(value))).toBe(true);
    expect(value).toEqual({
      eventId: '3f1c9a52-2f0e-4c55-9d7e-0c1b2a3d4e5f',
      type: 'StaffJoined',
      schemaVersion: 1,
      aggregate: { kind: 'staff', id: 'fw-7' },
      revision: '0',
      position: '9007199254740993',
      recordedAt: '2023-04-03T09:15:00.000Z',
      effectiveAt: '2023-04-03T00:00:00.000Z',
      actor: { id: 'hr-1', role: 'hr' },
      correlationId: 'corr-1',
      causationId: null,
      data: {
        staffId: 'fw-7',
        jobFamily: 'family-worker',
        grade: 'L1',
        team: 'north',
        zone: 'dorset-north',
        contractedHours: 37,
        joinedOn: '2023-04-03',
      },
    });
    expect(message.right.value).not.toContain('Jane');
  });

  it('publishes an old schema version upcast to the current one', () => {
    const message = toOutboundMessage(
      recorded({
        type: 'PdrRecorded',
        schemaVersion: 1,
        reason: undefined,
        data: {
          period: '2023-24',
          outcome: 'positive',
          reviewedOn: '2024-03-01',
          reviewerId: 'm-1',
        },
      }),
      topics,
    );
    if (E.isLeft(message)) throw new Error(message.left.message);
    const value = JSON.parse(message.right.value) as IntegrationEvent;
    expect(value.schemaVersion).toBe(2);
    expect(message.right.headers[eventHeaders.schemaVersion]).toBe('2');
    expect(value.data).toHaveProperty('reviewerRole');
  });

  it('names the topic by the aggregate kind the domain parses from the stream name', () => {
    const vacancy = toOutboundMessage(
      recorded({
        streamName: 'vacancy-v-12',
        type: 'VacancyWithdrawn',
        data: { withdrawnOn: '2024-01-01', reason: 'budget' },
      }),
      topics,
    );
    expect(E.isRight(vacancy) && [vacancy.right.topic, vacancy.right.key]).toEqual([
      'acme.ladder.vacancy.events.v1',
      'v-12',
    ]);
  });

  it('refuses a stream that is not a Ladder aggregate', () => {
    const message = toOutboundMessage(recorded({ streamName: 'projection-checkpoints' }), topics);
    expect(E.isLeft(message) && message.left.code).toBe('UnknownStream');
  });
});
