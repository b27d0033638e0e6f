import { sha1 } from './sha1';
import { utf8Bytes } from './utf8';

/** Namespace for Ladder's derived ids (a fixed random UUID). */
export const LADDER_NAMESPACE = '5b0c3f4e-8a51-4d6e-9d3a-2f6b8c1e7a90';

const hex = (bytes: readonly number[]): string =>
  bytes.map((b) => b.toString(16).padStart(2, '0')).join('');

const uuidBytes = (uuid: string): number[] =>
  (uuid.replace(/-/g, '').match(/../g) ?? []).map((h) => parseInt(h, 16));

// Parsed once per namespace: every event id a command writes is derived through uuidV5.
const namespaces = new Map<string, readonly number[]>();
const namespaceBytes = (namespace: string): readonly number[] => {
  const known = namespaces.get(namespace);
  if (known !== undefined) return known;
  const bytes = uuidBytes(namespace);
  if (namespaces.size < 64) namespaces.set(namespace, bytes);
  return bytes;
};

/**
 * RFC 4122 version-5 (name-based) UUID: the same namespace and name always give the same id,
 * which is what makes re-running a process manager idempotent at the store.
 */
export const uuidV5 = (name: string, namespace: string = LADDER_NAMESPACE): string => {
  const digest = sha1([...namespaceBytes(namespace), ...utf8Bytes(name)]).slice(0, 16);
  digest[6] = ((digest[6] ?? 0) & 0x0f) | 0x50;
  digest[8] = ((digest[8] ?? 0) & 0x3f) | 0x80;
  const h = hex(digest);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/** A command id derived from the event that caused it and what the command is for. */
export const derivedCommandId = (causingEventId: string, purpose: string): string =>
  uuidV5(`command:${causingEventId}:${purpose}`);

/** The id of the n-th event a command produces (0-based): retries append the same ids. */
export const derivedEventId = (commandId: string, index: number): string =>
  uuidV5(`event:${commandId}:${index}`);
