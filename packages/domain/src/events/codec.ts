import * as E from 'fp-ts/Either';
import type { JsonValue } from '../primitives/json';
import { firstFailure, toJson } from '../primitives/validation';
import { eventDefinitions, type DomainEvent } from './domain-event';

/** An event as stored: the parts of the envelope that say what the payload is. */
export interface EncodedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonValue;
}

export type DecodeError =
  | { readonly code: 'UnknownEventType'; readonly type: string; readonly message: string }
  | {
      readonly code: 'UnsupportedSchemaVersion';
      readonly type: string;
      readonly schemaVersion: number;
      readonly message: string;
    }
  | {
      readonly code: 'MalformedEvent';
      readonly type: string;
      readonly schemaVersion: number;
      /** e.g. `data.period`. */
      readonly field: string;
      readonly message: string;
    };

const definitionOf = (type: string) => eventDefinitions.find((d) => d.type === type);

/** The payload in its current schema version, ready to append. */
export const encodeEvent = (event: DomainEvent): EncodedEvent => {
  const definition = definitionOf(event.type);
  // Unreachable for a well-typed event; kept so a stray object fails loudly.
  if (definition === undefined) throw new TypeError(`unknown event type ${event.type}`);
  // Decoding through the (exact) codec drops any field the schema does not know.
  const checked = definition.data.decode(event.data);
  if (E.isLeft(checked)) throw new TypeError(`${event.type} payload does not match its codec`);
  return { type: event.type, schemaVersion: definition.schemaVersion, data: toJson(checked.right) };
};

/** Validates a stored payload, upcasting older schema versions to the current one. */
export const decodeEvent = (encoded: {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}): E.Either<DecodeError, DomainEvent> => {
  const { type, schemaVersion } = encoded;
  const definition = definitionOf(type);
  if (definition === undefined)
    return E.left({ code: 'UnknownEventType', type, message: `unknown event type "${type}"` });
  const unsupported = (): E.Either<DecodeError, never> =>
    E.left({
      code: 'UnsupportedSchemaVersion',
      type,
      schemaVersion,
      message: `${type} has no schema version ${schemaVersion} (current is ${definition.schemaVersion})`,
    });
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) return unsupported();
  if (schemaVersion > definition.schemaVersion) return unsupported();
  let data = encoded.data;
  const upcasters: Readonly<Record<number, (data: unknown) => unknown>> = definition.upcasters;
  for (let v = schemaVersion; v < definition.schemaVersion; v++) {
    const upcast = upcasters[v];
    if (upcast === undefined) return unsupported();
    data = upcast(data);
  }
  const decoded = definition.data.decode(data);
  if (E.isLeft(decoded)) {
    const failure = firstFailure(decoded.left);
    const field = failure.field === '' ? 'data' : `data.${failure.field}`;
    return E.left({
      code: 'MalformedEvent',
      type,
      schemaVersion,
      field,
      message: `${field} ${failure.message}`,
    });
  }
  // The definition was found by `type`, so this pairing is the matching union member.
  return E.right({ type: definition.type, data: decoded.right } as DomainEvent);
};
