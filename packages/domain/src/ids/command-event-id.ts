import { derivedEventId } from './deterministic-id';

// UUID text: 8-4-4-4-12 hex digits; the version is the 15th character (index 14).
const VERSION_AT = 14;

const timeHex = (atMs: number): string =>
  Math.max(0, Math.floor(atMs)).toString(16).padStart(12, '0').slice(-12);

/**
 * The id of the n-th event (0-based) a command writes: a UUIDv8 whose first 48 bits are the
 * millisecond the command was first handled and whose other 74 bits are those of the
 * name-based id of (command, n) (`derivedEventId`, v5).
 *
 * Why: a v5 id is as good as random, so every append lands on a random page of the store's
 * unique event-id index; ids that start with the time land at its right-hand edge, the
 * pages already in memory. The name-based part keeps retries idempotent: a retry of the
 * command (at a later millisecond) recognises its events by that part
 * (`isEventOfCommand`), and within one handling every attempt reuses the same time.
 */
export const commandEventId = (commandId: string, index: number, atMs: number): string => {
  const named = derivedEventId(commandId, index);
  const time = timeHex(atMs);
  return `${time.slice(0, 8)}-${time.slice(8)}-8${named.slice(VERSION_AT + 1)}`;
};

/**
 * Recognises the n-th event of this command: its time-ordered id written at any time, or the
 * plain v5 id that commands wrote before ids were time-ordered. Curried, so a scan of a
 * stream derives the command's id once, not once per event.
 */
export const isEventOfCommand = (
  commandId: string,
  index: number,
): ((eventId: string) => boolean) => {
  const named = derivedEventId(commandId, index);
  const hashPart = named.slice(VERSION_AT + 1);
  return (eventId) =>
    eventId === named ||
    (eventId.charAt(VERSION_AT) === '8' &&
      eventId.slice(VERSION_AT + 1).toLowerCase() === hashPart);
};

/**
 * A time-ordered id for an event of a command without a command id (UUIDv7 layout: 48-bit
 * milliseconds, version 7, then the caller's random bytes, of which 74 bits are used).
 */
export const timeOrderedId = (atMs: number, random: readonly number[]): string => {
  const hex = random
    .slice(0, 10)
    .map((b) => (b & 255).toString(16).padStart(2, '0'))
    .join('')
    .padEnd(20, '0');
  const variant = ((parseInt(hex.charAt(3), 16) & 0x3) | 0x8).toString(16);
  const time = timeHex(atMs);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex.slice(0, 3)}-${variant}${hex.slice(4, 7)}-${hex.slice(7, 19)}`;
};
