import {
  personalPartOf,
  sealedFormOf,
  storedFormOf,
  type RecordedEvent,
} from '@ladder/event-store';

/**
 * True when the event's personal part is stored in clear: written before sealing existed.
 * Destroying a key cannot erase it; an erasure names these events instead of claiming them.
 */
export const storedInClear = (event: RecordedEvent): boolean => {
  const personal = personalPartOf(storedFormOf(event).data);
  return personal !== null && sealedFormOf(personal) === null;
};
