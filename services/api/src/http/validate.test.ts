import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { decodeInput } from './validate';

const Body = t.intersection([
  t.type({ name: t.string, items: t.array(t.type({ qty: t.number })) }),
  t.partial({
    kind: t.union([t.literal('a'), t.literal('b')]),
    nested: t.type({ deep: t.type({ x: t.boolean }) }),
  }),
]);

const fields = (value: unknown) => {
  const r = decodeInput('body', Body, value);
  return E.isLeft(r) ? (r.left.errors ?? []).map((e) => e.field) : [];
};

describe('decodeInput names the field path', () => {
  it('accepts a good body', () => {
    expect(
      fields({ name: 'n', items: [{ qty: 1 }], kind: 'a', nested: { deep: { x: true } } }),
    ).toEqual([]);
  });
  it('names missing, wrong and nested fields, skipping union and intersection members', () => {
    expect(fields({ items: [] })).toEqual(['name']);
    expect(fields({ name: 'n', items: [{ qty: 1 }, { qty: 'two' }] })).toEqual(['items[1].qty']);
    expect(fields({ name: 'n', items: [], kind: 'c' })).toEqual(['kind']);
    expect(fields({ name: 'n', items: [], nested: { deep: { x: 'yes' } } })).toEqual([
      'nested.deep.x',
    ]);
  });
  it('refuses unknown fields at any depth, by name', () => {
    expect(fields({ name: 'n', items: [{ qty: 1, colour: 'red' }], extra: 1 })).toEqual([
      'extra',
      'items[0].colour',
    ]);
  });
  it('names the whole body when it is not an object', () => {
    expect(fields(['x'])).toEqual(['body']);
    expect(fields(undefined)).toEqual(['body']);
  });
  it('says what was expected', () => {
    const r = decodeInput('query', t.type({ n: t.number }), { n: 'x' });
    expect(E.isLeft(r) && r.left.errors?.[0]).toEqual({
      in: 'query',
      field: 'n',
      message: 'must be number',
    });
  });
});
