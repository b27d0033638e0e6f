import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { parseStreamName, streamNameOf, StreamId } from './streams';

describe('stream identity', () => {
  it('names streams staff-<id>, vacancy-<id>, regrade-<id>, policy-<family>', () => {
    expect(streamNameOf(StreamId.staff('fw-1'))).toBe('staff-fw-1');
    expect(streamNameOf(StreamId.vacancy('v-7'))).toBe('vacancy-v-7');
    expect(streamNameOf(StreamId.regrade('rg-1'))).toBe('regrade-rg-1');
    expect(streamNameOf(StreamId.policy('family-worker'))).toBe('policy-family-worker');
  });

  it('reads a name back by its known prefix, keeping dashes in the id', () => {
    const id = 'c0a8012e-7f3b-4a51-9d2e-1b2c3d4e5f60';
    expect(parseStreamName(`regrade-${id}`)).toEqual(E.right({ kind: 'regrade', id }));
    expect(parseStreamName('policy-social-worker')).toEqual(
      E.right({ kind: 'policy', id: 'social-worker' }),
    );
  });

  it('refuses unknown prefixes and empty ids', () => {
    expect(E.isLeft(parseStreamName('payroll-1'))).toBe(true);
    expect(E.isLeft(parseStreamName('staff-'))).toBe(true);
    expect(E.isLeft(parseStreamName('staffx-1'))).toBe(true);
  });
});
