import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';

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
