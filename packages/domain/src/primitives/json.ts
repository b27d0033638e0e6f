/** Plain JSON, the shape event payloads take on the wire (mirrors the event-store port's). */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };
