import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ExpectedRevision } from '@ladder/event-store';
import type { RequestContext } from '../http/route';
import { requestOf } from './use-case';

// The crossing from HTTP into the application: what a use case is told about the request.

const ctx = (more: Partial<RequestContext> = {}): Parameters<typeof requestOf>[0] => ({
  principal: { id: 'tm-1', role: 'manager' },
  correlationId: 'corr-1',
  requestId: 'req-1',
  expectedRevision: undefined,
  idempotencyKey: undefined,
  reason: undefined,
  log: pino({ level: 'silent' }),
  ...more,
});
const now = new Date('2024-06-03T09:00:00.000Z');

describe('requestOf', () => {
  it('takes the actor from the token, the instant from the clock, the envelope from the headers', () => {
    expect(requestOf(ctx({ reason: 'why' }), now)).toEqual({
      _tag: 'Right',
      right: {
        actor: { id: 'tm-1', role: 'manager' },
        at: '2024-06-03T09:00:00.000Z',
        correlationId: 'corr-1',
        causationId: 'req-1',
        reason: 'why',
      },
    });
  });

  it('passes If-Match on as the port’s expected revision, unchanged', () => {
    const expected = ExpectedRevision.exact(7n);
    const request = requestOf(ctx({ expectedRevision: expected }), now);
    expect(request._tag === 'Right' && request.right.expectedRevision).toBe(expected);
  });

  it('scopes an Idempotency-Key to the caller’s id and role', () => {
    const asManager = requestOf(ctx({ idempotencyKey: 'k-1' }), now);
    const asApprover = requestOf(
      ctx({ idempotencyKey: 'k-1', principal: { id: 'tm-1', role: 'approver' } }),
      now,
    );
    expect(asManager._tag === 'Right' && asManager.right.retryKey).toBe('http:tm-1:manager:k-1');
    expect(asApprover._tag === 'Right' && asApprover.right.retryKey).toBe('http:tm-1:approver:k-1');
  });

  it('a token without a subject is refused before any use case runs', () => {
    expect(requestOf(ctx({ principal: { id: '', role: 'manager' } }), now)).toMatchObject({
      _tag: 'Left',
      left: { code: 'unauthenticated' },
    });
  });
});
