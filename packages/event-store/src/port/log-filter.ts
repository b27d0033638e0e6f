import type { LogFilter } from './event-store';

/**
 * The port's filter on one event, for adapters that filter in code: within a list any value
 * matches, an absent or empty list matches everything, and when both lists are given both
 * must match (as the SQLite store's query does).
 */
export const passesFilter = (filter: LogFilter, type: string, streamName: string): boolean => {
  const types = filter.eventTypes ?? [];
  const prefixes = filter.streamPrefixes ?? [];
  return (
    (types.length === 0 || types.includes(type)) &&
    (prefixes.length === 0 || prefixes.some((prefix) => streamName.startsWith(prefix)))
  );
};
