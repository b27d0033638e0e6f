import type { Database } from 'better-sqlite3';
import type { EventStore } from '@ladder/event-store';
import { verifyAuditChain } from '@ladder/projections';
import type { CommandResult } from './output';
import type { Progress } from './progress';

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
    progress(() => {
      const rate = Math.round(p.eventsDone / Math.max((Date.now() - started) / 1000, 0.001));
      const n = (x: number) => x.toLocaleString('en-GB');
      return `${n(p.streamsDone)} of ${n(p.streamsTotal)} streams  ${n(p.eventsDone)} events  ${n(rate)} events/s`;
    }),
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
  };
};
