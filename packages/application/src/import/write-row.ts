import * as E from 'fp-ts/Either';
import { hydrate, isEventOfCommand, staffCommands, StreamId, streamNameOf } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import type { CommandError } from '../command-error';
import { handleCommand, readWholeStream } from '../handle-command';
import { bodyOf, issue } from '../use-cases/issue';
import type { RequestMeta } from '../use-cases/request';
import type { ImportKind, MappedRow } from './kind';

/** What one row did to the log: nothing (already there), or these many events. */
export interface RowWritten {
  readonly unchanged: boolean;
  readonly events: number;
  readonly retracted: number;
}

/**
 * Writes one mapped row. Its events carry the record key as correlation id, so a corrected
 * row (same key, other content, hence another command id) finds the facts an earlier version
 * of the row recorded and retracts them before recording the new one.
 */
export const writeRow = async (
  store: EventStore,
  kind: ImportKind,
  row: MappedRow,
  request: RequestMeta,
): Promise<E.Either<CommandError, RowWritten>> => {
  const stream = StreamId.staff(row.command.staffId);
  const history = await readWholeStream(store, streamNameOf(stream));
  const isMine = isEventOfCommand(row.commandId, 0);
  if (history.some((e) => isMine(e.eventId)))
    return E.right({ unchanged: true, events: 0, retracted: 0 });

  const meta = { correlationId: row.recordKey, causationId: null };
  let events = 0;
  let retracted = 0;
  if (kind.correctable) {
    const state = hydrate(aggregates.staff.decider, aggregates.staff.isEvent, history);
    const gone = new Set(
      E.isRight(state) && state.right.status !== 'not-joined' ? state.right.retracted : [],
    );
    const earlier = history.filter(
      (e) =>
        e.correlationId === row.recordKey && e.type !== 'FactRetracted' && !gone.has(e.eventId),
    );
    for (const e of earlier) {
      const reason = `corrected by a later import of ${row.recordKey}`;
      const data = bodyOf(staffCommands, 'RetractFact').decode({ eventId: e.eventId, reason });
      if (E.isLeft(data)) continue; // an event id is never empty: nothing to retract then
      const done = await handleCommand(
        store,
        aggregates.staff,
        stream,
        issue(staffCommands, 'RetractFact', data.right, request),
        { ...meta, commandId: `${row.commandId}:retracts:${e.eventId}`, reason },
      );
      if (E.isLeft(done)) return done;
      events += done.right.replayed ? 0 : done.right.events.length;
      retracted += 1;
    }
  }
  const written = await handleCommand(
    store,
    aggregates.staff,
    stream,
    issue(staffCommands, row.command.type, row.command.data, request),
    { ...meta, commandId: row.commandId },
  );
  if (E.isLeft(written)) return written;
  return E.right({
    unchanged: written.right.replayed,
    events: events + (written.right.replayed ? 0 : written.right.events.length),
    retracted,
  });
};
