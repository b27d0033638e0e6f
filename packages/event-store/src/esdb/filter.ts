import { eventTypeFilter, excludeSystemEvents, streamNameFilter } from '@eventstore/db-client';
import type { Filter } from '@eventstore/db-client';
import type { LogFilter } from '../port/event-store';
import { passesFilter } from '../port/log-filter';
import { isSystemEvent } from './envelope-metadata';

interface Named {
  readonly type: string;
  readonly streamId: string;
}

/**
 * The port's filter, applied to every event we hand out: never a system event; within a
 * list any value matches; when both lists are given both must match (as the SQLite store).
 */
export const visibleThrough =
  (filter: LogFilter = {}) =>
  (event: Named): boolean =>
    !isSystemEvent(event) && passesFilter(filter, event.type, event.streamId);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What the server can filter for us on $all (one field per subscription): event types when
 * given, else stream prefixes, else just "no system events". `visibleThrough` still
 * decides; this only spares the wire what would be dropped anyway.
 */
export const serverFilter = (filter: LogFilter = {}): Filter => {
  const types = filter.eventTypes ?? [];
  const prefixes = filter.streamPrefixes ?? [];
  if (types.length > 0) return eventTypeFilter({ regex: `^(?:${types.map(escape).join('|')})$` });
  if (prefixes.length > 0) return streamNameFilter({ prefixes: [...prefixes] });
  return excludeSystemEvents();
};
