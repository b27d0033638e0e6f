// Server-side filters of reads and subscriptions on $all: on stream name or event type,
// by prefixes or a regular expression, with a checkpoint every `window × multiplier`
// events searched (our reading of the server's filtered-subscription docs).
import type { FilterOptions } from './generated';
import type { StoredEvent } from './log';

export interface Filter {
  readonly matches: (event: StoredEvent) => boolean;
  /** Events searched between two checkpoints; null when no checkpoints are due (no filter). */
  readonly checkpointEvery: number | null;
}

/** The server's default maximum search window when the client sends `count`. */
const DEFAULT_WINDOW = 32;

export const noFilter: Filter = { matches: () => true, checkpointEvery: null };

export const compileFilter = (options: FilterOptions | undefined): Filter => {
  if (options === undefined) return noFilter;
  const onStream = options.hasStreamIdentifier();
  const expression = onStream ? options.getStreamIdentifier() : options.getEventType();
  if (expression === undefined) return noFilter;
  const prefixes = expression.getPrefixList();
  const regex = expression.getRegex() === '' ? null : new RegExp(expression.getRegex());
  const test = (value: string): boolean =>
    (regex === null || regex.test(value)) &&
    (prefixes.length === 0 || prefixes.some((prefix) => value.startsWith(prefix)));
  const window = options.hasMax() ? options.getMax() : DEFAULT_WINDOW;
  return {
    matches: (event) => test(onStream ? event.streamName : event.type),
    checkpointEvery: Math.max(1, window * Math.max(1, options.getCheckpointintervalmultiplier())),
  };
};
