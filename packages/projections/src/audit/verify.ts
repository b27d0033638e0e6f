import type { Database } from 'better-sqlite3';
import { storedFormOf, type EventStore, type RecordedEvent } from '@ladder/event-store';
import { GENESIS, chainHash } from './hash-chain';
import { AUDIT_EVENT, AUDIT_SUBJECT } from './projection';

/** The first link that does not match, named so an auditor can find the event. */
export interface ChainBreak {
  readonly streamName: string;
  readonly revision: bigint;
  readonly eventId: string;
  readonly position: bigint | null;
  readonly type: string;
  readonly kind:
    | 'hash-mismatch' // the event's content (or the recorded hash) was changed
    | 'missing-from-store' // the audit trail holds an event the store no longer has
    | 'different-event'; // the store has another event at this revision
  readonly recordedHash: string;
  readonly recomputedHash: string | null;
}

export interface ChainVerification {
  readonly streams: number;
  readonly events: number;
  /** Events in the store the audit trail has not applied yet (checked next time). */
  readonly notYetProjected: number;
  readonly firstBreak: ChainBreak | null;
}

interface Link {
  revision: bigint;
  event_id: string;
  position: bigint;
  type: string;
  hash: string;
}

const verifyStream = async (
  db: Database,
  store: EventStore,
  streamName: string,
): Promise<{ events: number; notYetProjected: number; firstBreak: ChainBreak | null }> => {
  const links = db
    .prepare<[string], Link>(
      `SELECT revision, event_id, position, type, hash FROM ${AUDIT_EVENT}
       WHERE stream_name = ? ORDER BY revision`,
    )
    .safeIntegers(true)
    .all(streamName);
  let previous = GENESIS;
  let i = 0;
  let notYetProjected = 0;
  const broken = (
    link: Link,
    kind: ChainBreak['kind'],
    event: RecordedEvent | null,
    hash: string | null,
  ) => ({
    streamName,
    revision: link.revision,
    eventId: link.event_id,
    position: event?.position ?? link.position,
    type: link.type,
    kind,
    recordedHash: link.hash,
    recomputedHash: hash,
  });
  for await (const event of store.readStream(streamName)) {
    const link = links[i];
    if (link === undefined) {
      notYetProjected++;
      continue;
    }
    // The store skipped a revision the trail recorded: that event was deleted, and the
    // break is at the missing event, not at the next one the store still holds.
    if (event.revision > link.revision)
      return {
        events: i,
        notYetProjected,
        firstBreak: broken(link, 'missing-from-store', null, null),
      };
    if (event.revision !== link.revision || event.eventId !== link.event_id)
      return {
        events: i,
        notYetProjected,
        firstBreak: broken(link, 'different-event', event, null),
      };
    // The chain covers the stored bytes, whether this store opens sealed personal parts or not.
    const hash = chainHash(previous, storedFormOf(event));
    if (hash !== link.hash)
      return { events: i, notYetProjected, firstBreak: broken(link, 'hash-mismatch', event, hash) };
    previous = hash;
    i++;
  }
  const missing = links[i];
  if (missing !== undefined)
    return {
      events: i,
      notYetProjected,
      firstBreak: broken(missing, 'missing-from-store', null, null),
    };
  return { events: i, notYetProjected, firstBreak: null };
};

/** How far a verification has got: streams and events checked so far, of how many streams. */
export interface VerificationProgress {
  readonly streamsDone: number;
  readonly streamsTotal: number;
  readonly eventsDone: number;
}

/**
 * Recomputes each stream's hash chain from the event store and compares it with the
 * chain the audit trail recorded when it first saw the events. With a staff id, checks that
 * person's stream and the regrade/vacancy streams about them; without, every stream.
 * `onProgress` hears after each stream.
 */
export const verifyAuditChain = async (
  db: Database,
  store: EventStore,
  staffId?: string,
  onProgress?: (progress: VerificationProgress) => void,
): Promise<ChainVerification> => {
  const streams =
    staffId === undefined
      ? db
          .prepare<[], { stream_name: string }>(
            `SELECT DISTINCT stream_name FROM ${AUDIT_EVENT} ORDER BY stream_name`,
          )
          .all()
      : db
          .prepare<[string, string], { stream_name: string }>(
            `SELECT DISTINCT stream_name FROM ${AUDIT_EVENT} WHERE staff_id = ?
             UNION SELECT stream_name FROM ${AUDIT_SUBJECT} WHERE staff_id = ? ORDER BY stream_name`,
          )
          .all(staffId, staffId);
  let events = 0;
  let notYetProjected = 0;
  for (const [done, { stream_name }] of streams.entries()) {
    const result = await verifyStream(db, store, stream_name);
    events += result.events;
    notYetProjected += result.notYetProjected;
    onProgress?.({ streamsDone: done + 1, streamsTotal: streams.length, eventsDone: events });
    if (result.firstBreak !== null)
      return { streams: streams.length, events, notYetProjected, firstBreak: result.firstBreak };
  }
  return { streams: streams.length, events, notYetProjected, firstBreak: null };
};
