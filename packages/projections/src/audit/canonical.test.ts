import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@ladder/event-store';
import { canonicalJson, canonicalJsonReference } from './canonical';

describe('canonicalJson', () => {
  it('writes the same bytes whatever the key order, at every depth', () => {
    const a = canonicalJson({ b: 1, a: [{ y: 'é', x: null }, 2.5, true], c: { e: -0, d: '"q"' } });
    const b = canonicalJson({ c: { d: '"q"', e: 0 }, a: [{ x: null, y: 'é' }, 2.5, true], b: 1 });
    expect(a).toBe(b);
    expect(a).toBe('{"a":[{"x":null,"y":"é"},2.5,true],"b":1,"c":{"d":"\\"q\\"","e":0}}');
  });

  it('keeps array order, which carries meaning', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });
});

describe('canonicalJson against the reference form the chain was defined with', () => {
  it('writes the same bytes for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = value as JsonValue;
        expect(canonicalJson(json)).toBe(canonicalJsonReference(json));
      }),
      { numRuns: 2_000 },
    );
  });

  it('orders integer-like keys as the reference does, and leaves odd keys to it', () => {
    const odd: unknown = JSON.parse(
      '{"b":1,"10":2,"9":3,"a":{"__proto__":{"x":1},"07":4,"4294967295":5}}',
    );
    expect(canonicalJson(odd as JsonValue)).toBe(canonicalJsonReference(odd as JsonValue));
    expect(canonicalJson({ b: 1, 10: 2, 9: 3, a: 0 })).toBe('{"9":3,"10":2,"a":0,"b":1}');
  });
});
