import {
  casesOnDate,
  staffOnDate,
  streamNameOf,
  StreamId,
  type IsoDate,
  type OpenedCase,
  type StaffOnDate,
} from '@ladder/domain';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import { readWholeStream } from '../handle-command';

/** `allocation-`: the one prefix every case's stream shares (see `StreamId.allocation`). */
const ALLOCATION_STREAMS = streamNameOf(StreamId.allocation(''));

/**
 * Every case as it stood on a date, read from the log (the SQLite adapter and EventStoreDB
 * filter on the prefix on their side). What an allocation is decided with: the caseload
 * read model serves pages, but a decision must not wait on, or trust, a projector.
 */
export const readCasesOn = async (
  store: EventStore,
  on: IsoDate,
): Promise<ReadonlyMap<string, OpenedCase>> => {
  const recorded: RecordedEvent[] = [];
  for await (const event of store.readAll({ filter: { streamPrefixes: [ALLOCATION_STREAMS] } }))
    recorded.push(event);
  return casesOnDate(recorded, on);
};

/** A staff member's record as it stood on a date, or undefined if they had not joined. */
export const readStaffOn = async (
  store: EventStore,
  staffId: string,
  on: IsoDate,
): Promise<StaffOnDate | undefined> =>
  staffOnDate(await readWholeStream(store, streamNameOf(StreamId.staff(staffId))), on);

/** Cases a worker holds on a date, one case left out (the one being allocated). */
export const casesHeldBy = (
  cases: ReadonlyMap<string, OpenedCase>,
  staffId: string,
  except: string,
): number =>
  [...cases.values()].filter(
    (c) => c.status === 'open' && c.holder?.staffId === staffId && c.caseReference !== except,
  ).length;
