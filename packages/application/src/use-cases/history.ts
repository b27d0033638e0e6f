import * as E from 'fp-ts/Either';
import { StreamId, streamNameOf, type IsoDateTime } from '@ladder/domain';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import { readWholeStream } from '../handle-command';
import type { UseCaseError } from './errors';

// Auditors replay: what was known at R about what was true on E, who recorded it and why.

export interface HistoryEntry extends RecordedEvent {
  /** True on E as known at R: in effect by the end of that day and not retracted by then. */
  readonly inEffect: boolean;
  readonly retracted: boolean;
}

export interface StaffHistory {
  readonly staffId: string;
  readonly effectiveOn: string;
  readonly knownAt: IsoDateTime;
  /** Every event recorded by R, in stream order. */
  readonly events: readonly HistoryEntry[];
  /** The stream's revision now (the ETag), whatever R is. */
  readonly revision: bigint;
}

const endOfDay = (date: string): number => Date.parse(`${date}T23:59:59.999Z`);

/** The event ids that the facts known so far retract. */
const retractedBy = (known: readonly RecordedEvent[]): ReadonlySet<string> =>
  new Set(
    known.flatMap((e) => {
      if (e.type !== 'FactRetracted' || typeof e.data !== 'object' || e.data === null) return [];
      const id = 'retractedEventId' in e.data ? e.data.retractedEventId : undefined;
      return typeof id === 'string' ? [id] : [];
    }),
  );

/** A person's recorded facts as known at `knownAt`, marking those in effect on `effectiveOn`. */
export const staffHistory = async (
  store: EventStore,
  staffId: string,
  axes: { readonly effectiveOn: string; readonly knownAt: IsoDateTime },
): Promise<E.Either<UseCaseError, StaffHistory>> => {
  const person = StreamId.staff(staffId);
  const events = await readWholeStream(store, streamNameOf(person));
  const last = events[events.length - 1];
  if (last === undefined) return E.left({ kind: 'not-found', stream: person });
  const known = events.filter((e) => Date.parse(e.recordedAt) <= Date.parse(axes.knownAt));
  const retracted = retractedBy(known);
  return E.right({
    staffId,
    ...axes,
    revision: last.revision,
    events: known.map((e) => ({
      ...e,
      inEffect:
        Date.parse(e.effectiveAt) <= endOfDay(axes.effectiveOn) && !retracted.has(e.eventId),
      retracted: retracted.has(e.eventId),
    })),
  });
};
