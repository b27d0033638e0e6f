import type { RecordedEvent } from '../port/envelope';

// An opened event remembers the event as the store holds it (its personal part sealed), so the
// audit trail can hash what is stored — the same bytes before and after an erasure — whichever
// store it was handed. Weak: an event forgotten by its reader is forgotten here too.
const stored = new WeakMap<RecordedEvent, RecordedEvent>();

export const rememberStoredForm = (opened: RecordedEvent, asStored: RecordedEvent): void => {
  stored.set(opened, asStored);
};

/** The event as the store holds it: itself, unless a sealing store opened it. */
export const storedFormOf = (event: RecordedEvent): RecordedEvent => stored.get(event) ?? event;
