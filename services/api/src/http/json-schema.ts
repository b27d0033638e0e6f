import * as t from 'io-ts';
import { primitiveBounds } from '@ladder/domain';
import { objectProps } from './codec-walk';

// io-ts codec → JSON Schema (2020-12, as OpenAPI 3.1 uses it), so the OpenAPI document is
// generated from the very codecs that validate requests.

export type JsonSchema = { readonly [key: string]: unknown };

const annotations = new WeakMap<t.Mixed, JsonSchema>();

/** Gives a custom codec (no structure io-ts can show) its schema. Returns the codec. */
export const withSchema = <C extends t.Mixed>(codec: C, schema: JsonSchema): C => {
  annotations.set(codec, schema);
  return codec;
};

// Brands and custom codecs carry meaning in their names; these are the common ones.
const byName = (name: string): JsonSchema | null => {
  if (name === 'Int') return { type: 'integer' };
  if (/date-?time|instant|timestamp/i.test(name)) return { type: 'string', format: 'date-time' };
  if (/date/i.test(name)) return { type: 'string', format: 'date' };
  if (/uuid/i.test(name)) return { type: 'string', format: 'uuid' };
  return null;
};

export const toJsonSchema = (codec: t.Mixed): JsonSchema => {
  const annotated = annotations.get(codec);
  if (annotated) return annotated;
  if (codec instanceof t.ExactType || codec instanceof t.ReadonlyType)
    return toJsonSchema(codec.type as t.Mixed);
  if (codec instanceof t.StringType) return { type: 'string' };
  if (codec instanceof t.NumberType) return { type: 'number' };
  if (codec instanceof t.BooleanType) return { type: 'boolean' };
  if (codec instanceof t.NullType) return { type: 'null' };
  if (codec instanceof t.UnknownType || codec instanceof t.AnyType) return {};
  if (codec instanceof t.LiteralType) return { const: codec.value as unknown };
  if (codec instanceof t.KeyofType)
    return { type: 'string', enum: Object.keys(codec.keys as Record<string, unknown>) };
  if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType)
    return { type: 'array', items: toJsonSchema(codec.type as t.Mixed) };
  if (codec instanceof t.TupleType) {
    const items = (codec.types as readonly t.Mixed[]).map(toJsonSchema);
    return { type: 'array', prefixItems: items, minItems: items.length, maxItems: items.length };
  }
  if (codec instanceof t.DictionaryType)
    return { type: 'object', additionalProperties: toJsonSchema(codec.codomain as t.Mixed) };
  if (codec instanceof t.RefinementType) {
    const base = toJsonSchema(codec.type as t.Mixed);
    const hint = byName(codec.name);
    // The domain says what its primitives accept; the document must say no less.
    const bounds = primitiveBounds.get(codec) ?? {};
    return { ...base, ...(hint ?? {}), ...bounds, description: codec.name };
  }
  if (codec instanceof t.UnionType) {
    const members = (codec.types as readonly t.Mixed[]).map(toJsonSchema);
    const consts = members.map((m) => m['const']);
    // A union of literals reads better as an enum.
    if (members.every((m) => Object.keys(m).length === 1 && 'const' in m)) return { enum: consts };
    return { oneOf: members };
  }
  const shape = objectProps(codec);
  if (shape !== null) {
    const properties = Object.fromEntries(
      Object.entries(shape.props).map(([k, v]) => [k, toJsonSchema(v)]),
    );
    return {
      type: 'object',
      properties,
      ...(shape.required.size > 0 ? { required: [...shape.required] } : {}),
      additionalProperties: false,
    };
  }
  if (codec instanceof t.IntersectionType)
    return { allOf: (codec.types as readonly t.Mixed[]).map(toJsonSchema) };
  return byName(codec.name) ?? { description: codec.name };
};
