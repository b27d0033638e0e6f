import * as E from 'fp-ts/Either';
import {
  type ActorRef,
  standingsAt,
  StreamId,
  streamNameOf,
  type IsoDate,
  type IsoDateTime,
} from '@ladder/domain';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import { readWholeStream } from '../handle-command';
import type { UseCaseError } from './errors';
import { checkOwnLine } from './own-line';

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

/** A person's recorded facts as known at `knownAt`, marking those in effect on `effectiveOn`. */
export const staffHistory = async (
  store: EventStore,
  staffId: string,
  axes: { readonly effectiveOn: IsoDate; readonly knownAt: IsoDateTime },
): Promise<E.Either<UseCaseError, StaffHistory>> => {
  const person = StreamId.staff(staffId);
  const events = await readWholeStream(store, streamNameOf(person));
  const last = events[events.length - 1];
  if (last === undefined) return E.left({ kind: 'not-found', stream: person });
  // The domain's cut, the one the rules read: known by R, retracted by then, in effect on E.
  const byId = new Map(events.map((e) => [e.eventId, e]));
  const standings = standingsAt(events, axes);
  return E.right({
    staffId,
    ...axes,
    revision: last.revision,
    events: standings.flatMap((s) => {
      const e = byId.get(s.eventId);
      return e === undefined ? [] : [{ ...e, inEffect: s.inEffect, retracted: s.retracted }];
    }),
  });
};

/** A person's history as the caller asks it: a manager only for their own current line. */
export const readStaffHistory = async (
  store: EventStore,
  actor: ActorRef,
  staffId: string,
  axes: { readonly effectiveOn: IsoDate; readonly knownAt: IsoDateTime },
): Promise<E.Either<UseCaseError, StaffHistory>> => {
  const inLine = await checkOwnLine(store, actor, staffId);
  return E.isLeft(inLine) ? inLine : staffHistory(store, staffId, axes);
};
