import * as E from 'fp-ts/Either';
import {
  standingsAt,
  StreamId,
  streamNameOf,
  type IsoDate,
  type IsoDateTime,
} from '@ladder/domain';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import { readWholeStream } from '../handle-command';
import type { UseCaseError } from './errors';

// The auditor's timeline: every fact ever recorded about a person, each placed in the cut
// "as known at R, on E" — so the page can show what R did not know yet, not only what it did.

/** How a recorded fact stands for one pair of axes. */
export type TimelineStatus = 'in-effect' | 'not-in-effect' | 'not-yet-known' | 'retracted';

export interface TimelineEntry extends RecordedEvent {
  readonly status: TimelineStatus;
}

export interface StaffTimeline {
  readonly staffId: string;
  readonly effectiveOn: IsoDate;
  readonly knownAt: IsoDateTime;
  /** The distinct instants at which this person's facts were recorded, earliest first. */
  readonly recordedInstants: readonly string[];
  /** Every event in the stream as stored now, in stream order. */
  readonly events: readonly TimelineEntry[];
}

/** A person's whole stream, each event marked for the pair by the domain's own cut. */
export const staffTimeline = async (
  store: EventStore,
  staffId: string,
  axes: { readonly effectiveOn: IsoDate; readonly knownAt: IsoDateTime },
): Promise<E.Either<UseCaseError, StaffTimeline>> => {
  const person = StreamId.staff(staffId);
  const events = await readWholeStream(store, streamNameOf(person));
  if (events.length === 0) return E.left({ kind: 'not-found', stream: person });
  // The cut answers only for what was known at R; anything it leaves out was recorded later.
  const standing = new Map(standingsAt(events, axes).map((s) => [s.eventId, s]));
  const statusOf = (eventId: string): TimelineStatus => {
    const s = standing.get(eventId);
    if (s === undefined) return 'not-yet-known';
    if (s.retracted) return 'retracted';
    return s.inEffect ? 'in-effect' : 'not-in-effect';
  };
  const instants = [...new Set(events.map((e) => e.recordedAt))].sort(
    (a, b) => Date.parse(a) - Date.parse(b),
  );
  return E.right({
    staffId,
    ...axes,
    recordedInstants: instants,
    events: events.map((e) => ({ ...e, status: statusOf(e.eventId) })),
  });
};
