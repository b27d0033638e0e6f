import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { IntFromQuery, ListFromQuery } from './query-codecs';

describe('query codecs', () => {
  it('reads bounded whole numbers', () => {
    const Limit = IntFromQuery('Limit', 1, 500);
    expect(Limit.decode('50')).toEqual(E.right(50));
    for (const bad of ['0', '501', '1.5', 'ten', '', undefined])
      expect(E.isLeft(Limit.decode(bad))).toBe(true);
  });
  it('reads comma-separated lists of allowed words, refusing unknown or repeated ones', () => {
    const List = ListFromQuery('GroupBy', ['grade', 'team'] as const);
    expect(List.decode('grade,team')).toEqual(E.right(['grade', 'team']));
    expect(List.decode('team')).toEqual(E.right(['team']));
    for (const bad of ['grade,colour', 'grade,grade', 5])
      expect(E.isLeft(List.decode(bad))).toBe(true);
  });
});
