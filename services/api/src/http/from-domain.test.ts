import { describe, expect, it } from 'vitest';
import { ExpectedRevision } from '@ladder/event-store';
import { fromRefusal, fromStoreError } from './from-domain';
import { statusOf } from './problem';

describe('domain and store errors at the edge', () => {
  it('maps refusal categories to 404, 409, 422 with the rule', () => {
    const base = { code: 'X', rule: 'the rule', message: 'm' };
    expect(statusOf[fromRefusal({ ...base, category: 'not-found' }).code]).toBe(404);
    expect(statusOf[fromRefusal({ ...base, category: 'conflict' }).code]).toBe(409);
    const rule = fromRefusal({ ...base, category: 'rule' });
    expect(statusOf[rule.code]).toBe(422);
    expect(rule.rule).toBe('the rule');
  });
  it('makes a wrong expected revision 412 with If-Match and 409 without, giving the real revision', () => {
    const e = {
      code: 'WrongExpectedRevision' as const,
      streamName: 's-1',
      expected: ExpectedRevision.exact(1n),
      actual: 3n,
    };
    const stale = fromStoreError(e, ExpectedRevision.exact(1n));
    expect(statusOf[stale.code]).toBe(412);
    expect(stale.extra).toEqual({ currentRevision: '3' });
    expect(statusOf[fromStoreError(e, undefined).code]).toBe(409);
  });
  it('keeps the field of a store InvalidInput and hides store failures behind 503', () => {
    expect(
      fromStoreError({ code: 'InvalidInput', field: 'streamName', message: 'bad' }, undefined),
    ).toMatchObject({
      code: 'validation',
      field: 'streamName',
    });
    expect(
      statusOf[
        fromStoreError({ code: 'StoreUnavailable', message: 'disk on fire at /x' }, undefined).code
      ],
    ).toBe(503);
    expect(
      fromStoreError({ code: 'StoreUnavailable', message: 'disk on fire at /x' }, undefined).detail,
    ).not.toMatch(/\/x/);
  });
});
