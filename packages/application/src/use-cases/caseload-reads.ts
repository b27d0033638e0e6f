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

interface Kept {
  /** The log position read through. */
  readonly through: bigint;
  readonly recorded: readonly RecordedEvent[];
}

// Kept per store and dropped with it, as `knownFrameworks` does: allocation events are only
// ever appended, so what was read stays true and only the log after `through` is read again.
const kept = new WeakMap<EventStore, Kept>();

/**
 * Every case as it stood on a date, read from the log (the SQLite adapter and EventStoreDB
 * filter on the prefix on their side). What an allocation is decided with: the caseload
 * read model serves pages, but a decision must not wait on, or trust, a projector.
 */
export const readCasesOn = async (
  store: EventStore,
  on: IsoDate,
): Promise<ReadonlyMap<string, OpenedCase>> => {
  const head = await store.headPosition();
  const hit = kept.get(store);
  let recorded = hit?.recorded ?? [];
  if (hit === undefined || hit.through < head) {
    const added: RecordedEvent[] = [];
    for await (const event of store.readAll({
      after: hit?.through ?? 0n,
      filter: { streamPrefixes: [ALLOCATION_STREAMS] },
    })) {
      if (event.position > head) break;
      added.push(event);
    }
    recorded = added.length === 0 ? recorded : [...recorded, ...added];
    kept.set(store, { through: head, recorded });
  }
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
