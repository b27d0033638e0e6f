import type { RecordedEvent } from '../port/envelope';
import type { ReadAllOptions, ReadStreamOptions } from '../port/event-store';
import { passesFilter } from '../port/log-filter';

// Reads as selections over the in-memory arrays: the same answers the other adapters give
// from their pages (inclusive revision start, exclusive log checkpoint, any-of filters).

export const selectStream = (
  events: readonly RecordedEvent[],
  options: ReadStreamOptions = {},
): readonly RecordedEvent[] => {
  const forwards = (options.direction ?? 'forwards') === 'forwards';
  const from = options.fromRevision;
  const inRange = events.filter((e) =>
    from === undefined ? true : forwards ? e.revision >= from : e.revision <= from,
  );
  const ordered = forwards ? inRange : [...inRange].reverse();
  return options.maxCount === undefined ? ordered : ordered.slice(0, options.maxCount);
};

/** Events after the exclusive checkpoint `after`, lazily (position n sits at offset n - 1). */
export function* logAfter(
  all: readonly RecordedEvent[],
  options: ReadAllOptions = {},
): Generator<RecordedEvent> {
  const filter = options.filter ?? {};
  let count = 0;
  for (let i = Number(options.after ?? 0n); i < all.length; i++) {
    if (options.maxCount !== undefined && count >= options.maxCount) return;
    const event = all[i];
    if (event === undefined || !passesFilter(filter, event.type, event.streamName)) continue;
    count++;
    yield event;
  }
}
