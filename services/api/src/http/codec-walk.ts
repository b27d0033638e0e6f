import * as t from 'io-ts';

// The codec kinds the HTTP edge understands structurally (for JSON Schema and for refusing
// unknown fields). Anything else is treated as an opaque value described by its name.

/** A codec with the wrappers that do not change the JSON shape removed. */
export const unwrap = (codec: t.Mixed): t.Mixed => {
  if (codec instanceof t.ExactType || codec instanceof t.ReadonlyType)
    return unwrap(codec.type as t.Mixed);
  return codec;
};

/** The properties of an object codec (type / partial / intersection of those), or null. */
export const objectProps = (
  codec: t.Mixed,
): { readonly props: Record<string, t.Mixed>; readonly required: ReadonlySet<string> } | null => {
  const c = unwrap(codec);
  if (c instanceof t.InterfaceType) {
    const props = c.props as Record<string, t.Mixed>;
    return { props, required: new Set(Object.keys(props)) };
  }
  if (c instanceof t.PartialType)
    return { props: c.props as Record<string, t.Mixed>, required: new Set() };
  if (c instanceof t.IntersectionType) {
    const members = (c.types as readonly t.Mixed[]).map(objectProps);
    if (members.some((m) => m === null)) return null;
    const props: Record<string, t.Mixed> = {};
    const required = new Set<string>();
    for (const m of members) {
      if (m === null) continue;
      Object.assign(props, m.props);
      for (const k of m.required) required.add(k);
    }
    return { props, required };
  }
  return null;
};

/** A key as a field name: an empty key is named `""`, so a refusal never names nothing. */
export const nameOf = (key: string): string => (key === '' ? '""' : key);

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);

/**
 * Paths of keys in `value` that `codec` does not declare. io-ts ignores unknown keys;
 * we refuse them so a misspelt optional field is an error, not a silently lost fact.
 */
export const unknownKeys = (codec: t.Mixed, value: unknown, path = ''): string[] => {
  const c = unwrap(codec);
  const at = (key: string): string => (path === '' ? nameOf(key) : `${path}.${nameOf(key)}`);
  if (c instanceof t.RefinementType) return unknownKeys(c.type as t.Mixed, value, path);
  if (c instanceof t.UnionType) {
    const member = (c.types as readonly t.Mixed[]).find(
      (m) => m.is(value) || isRightDecode(m, value),
    );
    return member ? unknownKeys(member, value, path) : [];
  }
  if ((c instanceof t.ArrayType || c instanceof t.ReadonlyArrayType) && Array.isArray(value)) {
    const element = c.type as t.Mixed;
    return value.flatMap((v, i) => unknownKeys(element, v, `${path}[${i}]`));
  }
  const shape = objectProps(c);
  if (shape === null || !isRecord(value)) return [];
  // Own properties only: `k in props` would admit `constructor`, `__proto__`, `toString` …
  const extra = Object.keys(value)
    .filter((k) => !Object.hasOwn(shape.props, k))
    .map(at);
  const nested = Object.entries(shape.props).flatMap(([k, p]) =>
    !Object.hasOwn(value, k) || value[k] === undefined ? [] : unknownKeys(p, value[k], at(k)),
  );
  return [...extra, ...nested];
};

const isRightDecode = (codec: t.Mixed, value: unknown): boolean =>
  codec.decode(value)._tag === 'Right';
