import * as E from 'fp-ts/Either';
import {
  hydrate,
  isEventOfCommand,
  staffCommands,
  streamNameOf,
  type StreamId,
} from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import type { CommandError } from '../command-error';
import { handleCommand, readWholeStream, type CommandMeta, type Written } from '../handle-command';
import { bodyOf, issue } from '../use-cases/issue';
import type { RequestMeta } from '../use-cases/request';
import type { ImportKind, MappedRow, RowStep } from './kind';

/** What one row did to the log: nothing (already there), or these many events. */
export interface RowWritten {
  readonly unchanged: boolean;
  readonly events: number;
  readonly retracted: number;
}

const runStep = (
  store: EventStore,
  step: RowStep,
  request: RequestMeta,
  meta: CommandMeta,
): Promise<E.Either<CommandError, Written>> => {
  const c = step.command;
  return c.aggregate === 'staff'
    ? handleCommand(store, aggregates.staff, c.stream, c.issue(request), meta)
    : handleCommand(store, aggregates.vacancy, c.stream, c.issue(request), meta);
};

/**
 * The facts an earlier version of this record wrote on the person's stream and still stand,
 * each retracted (saying why) before the corrected version is recorded. Nothing when the row
 * is already in the log as it is.
 */
const retractEarlier = async (
  store: EventStore,
  stream: StreamId,
  row: MappedRow,
  step: RowStep,
  request: RequestMeta,
): Promise<E.Either<CommandError, { unchanged: boolean; events: number; retracted: number }>> => {
  const history = await readWholeStream(store, streamNameOf(stream));
  const isMine = isEventOfCommand(step.commandId, 0);
  if (history.some((e) => isMine(e.eventId)))
    return E.right({ unchanged: true, events: 0, retracted: 0 });
  const state = hydrate(aggregates.staff.folds, aggregates.staff.isEvent, history);
  const gone = new Set(
    E.isRight(state) && state.right.status !== 'not-joined' ? state.right.retracted : [],
  );
  const earlier = history.filter(
    (e) => e.correlationId === row.recordKey && e.type !== 'FactRetracted' && !gone.has(e.eventId),
  );
  let events = 0;
  for (const e of earlier) {
    const reason = `corrected by a later import of ${row.recordKey}`;
    const data = bodyOf(staffCommands, 'RetractFact').decode({ eventId: e.eventId, reason });
    if (E.isLeft(data)) continue; // an event id is never empty: nothing to retract then
    const done = await handleCommand(
      store,
      aggregates.staff,
      stream,
      issue(staffCommands, 'RetractFact', data.right, request),
      {
        correlationId: row.recordKey,
        causationId: null,
        commandId: `${step.commandId}:retracts:${e.eventId}`,
        reason,
      },
    );
    if (E.isLeft(done)) return done;
    events += done.right.replayed ? 0 : done.right.events.length;
  }
  return E.right({ unchanged: false, events, retracted: earlier.length });
};

/**
 * Writes one mapped row, its commands in order. Each carries the record key as correlation id,
 * so a corrected row of a fact kind (same key, other content, hence another command id) finds
 * the facts an earlier version recorded and retracts them before recording the new one.
 */
export const writeRow = async (
  store: EventStore,
  kind: ImportKind,
  row: MappedRow,
  request: RequestMeta,
): Promise<E.Either<CommandError, RowWritten>> => {
  let [events, retracted, replayed] = [0, 0, 0];
  for (const step of row.steps) {
    if (kind.correctable && step.command.aggregate === 'staff') {
      const earlier = await retractEarlier(store, step.command.stream, row, step, request);
      if (E.isLeft(earlier)) return earlier;
      if (earlier.right.unchanged) {
        replayed += 1;
        continue;
      }
      events += earlier.right.events;
      retracted += earlier.right.retracted;
    }
    const meta = { correlationId: row.recordKey, causationId: null, commandId: step.commandId };
    const written = await runStep(store, step, request, meta);
    if (E.isLeft(written)) return written;
    if (written.right.replayed) replayed += 1;
    else events += written.right.events.length;
  }
  return E.right({ unchanged: replayed === row.steps.length, events, retracted });
};
