import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@ladder/event-store';

/** A valid envelope with an opaque payload, for runner tests that ignore the domain. */
export const anEvent = (type = 'Noted', data: NewEvent['data'] = {}): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  effectiveAt: '2025-01-01T00:00:00.000Z',
  actor: { id: 'hr-1', role: 'hr' },
  correlationId: randomUUID(),
  causationId: null,
  data,
});
