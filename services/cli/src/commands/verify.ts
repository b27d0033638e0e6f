import type { Database } from 'better-sqlite3';
import type { EventStore } from '@ladder/event-store';
import { verifyAuditChain } from '@ladder/projections';
import type { CommandResult } from './output';
import { progressLine, type Progress } from './progress';

const explain = {
  'hash-mismatch':
    'its content in the event store no longer matches the hash recorded when it was projected',
  'missing-from-store': 'the audit trail recorded it, but the event store no longer has it',
  'different-event': 'the event store holds a different event at this revision',
} as const;

/**
 * `ladder verify [staffId]`: recomputes the hash chains from the store and names the first
 * break, showing the progress the API's verification job shows (streams, events, events/s).
 */
export const verifyCommand = async (
  store: EventStore,
  db: Database,
  staffId: string | undefined,
  progress: Progress = () => undefined,
): Promise<CommandResult> => {
  const started = Date.now();
  const result = await verifyAuditChain(db, store, staffId, (p) =>
    progress(() =>
      progressLine({
        count: p.eventsDone,
        unit: 'events',
        done: p.streamsTotal === 0 ? 1 : p.streamsDone / p.streamsTotal,
        started,
        detail: `in ${p.streamsDone.toLocaleString('en-GB')} of ${p.streamsTotal.toLocaleString('en-GB')} streams`,
      }),
    ),
  );
  progress(null);
  const scope = staffId === undefined ? 'all streams' : `staff ${staffId}`;
  const pending =
    result.notYetProjected > 0
      ? ` (${result.notYetProjected} newer events not yet projected, not checked)`
      : '';
  const b = result.firstBreak;
  if (b === null)
    return {
      lines: [
        `audit chain intact for ${scope}: ${result.events} events in ${result.streams} stream${result.streams === 1 ? '' : 's'}${pending}`,
      ],
      exitCode: 0,
      json: {
        scope,
        intact: true,
        events: result.events,
        streams: result.streams,
        notYetProjected: result.notYetProjected,
      },
    };
  return {
    lines: [
      `audit chain BROKEN for ${scope} at event ${b.eventId}`,
      `  stream ${b.streamName}, revision ${b.revision}, position ${b.position ?? '?'}, type ${b.type}`,
      `  ${explain[b.kind]}`,
      `  recorded hash   ${b.recordedHash}`,
      `  recomputed hash ${b.recomputedHash ?? '-'}`,
      `  ${result.events} events verified before it`,
    ],
    exitCode: 2,
    json: {
      scope,
      intact: false,
      eventsVerifiedBefore: result.events,
      firstBreak: {
        ...b,
        revision: String(b.revision),
        position: b.position === null ? null : String(b.position),
      },
    },
  };
};
