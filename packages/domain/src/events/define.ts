import type * as t from 'io-ts';

/**
 * One event type: its name, current schema version and the codec of its current payload.
 * Older versions are listed with an upcaster that turns their payload into the next version's.
 */
export interface EventDefinition<Type extends string, Data> {
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: t.Type<Data, unknown, unknown>;
  /** `upcasters[v]` lifts a version-v payload to version v+1 (raw JSON in, raw JSON out). */
  readonly upcasters: Readonly<Record<number, (data: unknown) => unknown>>;
}

export const defineEvent = <Type extends string, Data>(
  type: Type,
  schemaVersion: number,
  data: t.Type<Data, unknown, unknown>,
  upcasters: Readonly<Record<number, (data: unknown) => unknown>> = {},
): EventDefinition<Type, Data> => ({ type, schemaVersion, data, upcasters });

/** The `{ type, data }` shape of a domain event built from a definition. */
export type EventOf<D> =
  D extends EventDefinition<infer Type, infer Data>
    ? { readonly type: Type; readonly data: Data }
    : never;
