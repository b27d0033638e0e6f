import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionOf, toEsdbPosition } from './position';

describe('position mapping', () => {
  it('is lossless and order-preserving for every gRPC-written position', () => {
    const offset = fc.bigInt({ min: 0n, max: 2n ** 63n - 1n });
    fc.assert(
      fc.property(offset, offset, (a, b) => {
        const [pa, pb] = [
          positionOf({ commit: a, prepare: a }),
          positionOf({ commit: b, prepare: b }),
        ];
        expect(pa).not.toBeNull();
        expect(toEsdbPosition(pa ?? -1n)).toEqual({ commit: a, prepare: a });
        expect((pa ?? 0n) < (pb ?? 0n)).toBe(a < b);
      }),
    );
  });

  it('refuses a pair it could not name without loss (legacy explicit transaction)', () => {
    expect(positionOf({ commit: 900n, prepare: 812n })).toBeNull();
    expect(positionOf(undefined)).toBeNull();
    // The server's "no position" (-1), as older servers send it on stream reads.
    const none = 2n ** 64n - 1n;
    expect(positionOf({ commit: none, prepare: none })).toBeNull();
  });
});
