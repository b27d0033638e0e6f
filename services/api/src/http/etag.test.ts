import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { formatEtag, parseIfMatch } from './etag';

describe('ETag and If-Match', () => {
  it('round-trips a revision', () => {
    expect(formatEtag(7n)).toBe('"7"');
    expect(parseIfMatch('"7"')).toEqual(E.right({ kind: 'exact', revision: 7n }));
    expect(parseIfMatch('W/"7"')).toEqual(E.right({ kind: 'exact', revision: 7n }));
  });
  it('reads * as "the stream exists" and absence as unconditional', () => {
    expect(parseIfMatch('*')).toEqual(E.right({ kind: 'exists' }));
    expect(parseIfMatch(undefined)).toEqual(E.right(undefined));
  });
  it('refuses anything else naming the header', () => {
    for (const bad of ['7', '"a"', '"1", "2"', '"-1"']) {
      const r = parseIfMatch(bad);
      expect(E.isLeft(r) && r.left.field).toBe('If-Match');
    }
  });
});
