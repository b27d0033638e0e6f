import type { JsonValue } from '../port/envelope';

// How a sealed `personal` part looks in the store, and what a reader sees once its key is gone.
// Only the part under `personal` is sealed: the facts beside it stay readable for the rules.

/** `personal` as stored: AES-256-GCM over the JSON of the clear part, under the key `key`. */
export interface SealedPersonal {
  readonly v: 1;
  readonly key: string;
  readonly iv: string;
  readonly tag: string;
  readonly data: string;
}

/**
 * What a reader gets in place of a personal part whose key was destroyed: a marker, never a
 * crash. `erasedAt` is absent when this installation never held the key.
 */
export interface ErasedPersonalMarker {
  readonly erased: true;
  readonly erasedAt?: string;
}

type JsonObject = { readonly [key: string]: JsonValue };

export const isJsonObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `personal` part of a payload, if it has one. */
export const personalPartOf = (data: JsonValue): JsonObject | null => {
  if (!isJsonObject(data)) return null;
  const personal = data['personal'];
  return isJsonObject(personal) ? personal : null;
};

/** The sealed form, if this personal part is one (clear text written before sealing is not). */
export const sealedFormOf = (personal: JsonObject): SealedPersonal | null => {
  const sealed = personal['sealed'];
  if (!isJsonObject(sealed) || Object.keys(personal).length !== 1) return null;
  const { v, key, iv, tag, data } = sealed;
  if (v !== 1 || typeof key !== 'string' || typeof iv !== 'string') return null;
  if (typeof tag !== 'string' || typeof data !== 'string') return null;
  return { v, key, iv, tag, data };
};

export const isErasedMarker = (personal: JsonValue | undefined): boolean =>
  isJsonObject(personal) && personal['erased'] === true;

/** The payload with its `personal` part replaced. */
export const withPersonal = (data: JsonObject, personal: JsonValue): JsonValue => ({
  ...data,
  personal,
});
