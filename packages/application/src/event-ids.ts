import { randomBytes } from 'node:crypto';
import { commandEventId, timeOrderedId } from '@ladder/domain';

/**
 * The ids of one command's events, fixed when its handling starts: time-ordered, so the
 * store's unique event-id index grows at its right-hand edge instead of at random pages.
 * With a command id they are derived from it (a retry finds its events, see
 * `isEventOfCommand`), and every attempt of one handling reuses the same millisecond;
 * without one they are fresh UUIDv7s.
 */
export const eventIdsOf =
  (commandId: string | undefined, atMs: number = Date.now()) =>
  (index: number): string =>
    commandId === undefined
      ? timeOrderedId(atMs, [...randomBytes(10)])
      : commandEventId(commandId, index, atMs);
