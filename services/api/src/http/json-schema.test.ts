import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { toJsonSchema, withSchema } from './json-schema';

interface PositiveBrand {
  readonly Positive: unique symbol;
}
const Positive = t.brand(t.number, (n): n is t.Branded<number, PositiveBrand> => n > 0, 'Positive');

describe('io-ts → JSON Schema', () => {
  it('converts the primitive kinds', () => {
    expect(toJsonSchema(t.string)).toEqual({ type: 'string' });
    expect(toJsonSchema(t.number)).toEqual({ type: 'number' });
    expect(toJsonSchema(t.boolean)).toEqual({ type: 'boolean' });
    expect(toJsonSchema(t.null)).toEqual({ type: 'null' });
    expect(toJsonSchema(t.literal('x'))).toEqual({ const: 'x' });
    expect(toJsonSchema(t.keyof({ a: null, b: null }))).toEqual({
      type: 'string',
      enum: ['a', 'b'],
    });
    expect(toJsonSchema(t.Int)).toEqual({ type: 'integer', description: 'Int' });
  });

  it('merges type + partial intersections into one closed object with its required keys', () => {
    const codec = t.intersection([t.type({ a: t.string }), t.partial({ b: t.number })]);
    expect(toJsonSchema(codec)).toEqual({
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'number' } },
      required: ['a'],
      additionalProperties: false,
    });
  });

  it('sees through exact and readonly, and converts arrays, tuples, records', () => {
    expect(toJsonSchema(t.exact(t.type({ a: t.string })))).toMatchObject({ required: ['a'] });
    expect(toJsonSchema(t.readonly(t.type({ a: t.string })))).toMatchObject({ required: ['a'] });
    expect(toJsonSchema(t.readonlyArray(t.string))).toEqual({
      type: 'array',
      items: { type: 'string' },
    });
    expect(toJsonSchema(t.tuple([t.string, t.number]))).toEqual({
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'number' }],
      minItems: 2,
      maxItems: 2,
    });
    expect(toJsonSchema(t.record(t.string, t.number))).toEqual({
      type: 'object',
      additionalProperties: { type: 'number' },
    });
  });

  it('turns a union of literals into an enum and other unions into oneOf', () => {
    expect(toJsonSchema(t.union([t.literal('a'), t.literal('b')]))).toEqual({ enum: ['a', 'b'] });
    expect(toJsonSchema(t.union([t.string, t.null]))).toEqual({
      oneOf: [{ type: 'string' }, { type: 'null' }],
    });
  });

  it('keeps a brand as its base type, with date formats by name', () => {
    expect(toJsonSchema(Positive)).toEqual({ type: 'number', description: 'Positive' });
    const IsoDate = t.brand(
      t.string,
      (s): s is t.Branded<string, { readonly IsoDate: unique symbol }> => s !== '',
      'IsoDate',
    );
    expect(toJsonSchema(IsoDate)).toMatchObject({ type: 'string', format: 'date' });
  });

  it('uses an explicit annotation for a custom codec', () => {
    const custom = withSchema(
      new t.Type<number, string, unknown>(
        'Cents',
        (u): u is number => typeof u === 'number',
        (u, c) => t.failure(u, c),
        String,
      ),
      {
        type: 'integer',
        minimum: 0,
      },
    );
    expect(toJsonSchema(t.type({ price: custom }))).toMatchObject({
      properties: { price: { type: 'integer', minimum: 0 } },
    });
  });
});
