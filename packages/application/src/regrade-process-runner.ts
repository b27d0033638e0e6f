import * as E from 'fp-ts/Either';
import {
  decodeEvent,
  isRegradeEvent,
  reactToRegradeEvent,
  IsoDateTime,
  type OutgoingCommand,
} from '@ladder/domain';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import { aggregates } from './aggregates';
import type { Checkpoints } from './checkpoints';
import type { CommandError } from './command-error';
import { handleCommand, type Written } from './handle-command';
import {
  causingEventOf,
  followLog,
  type Fail,
  type ProcessFailure,
  type RunningProcess,
} from './process-follower';

export const REGRADE_PROCESS = 'regrade-process';

export type RegradeProcess = RunningProcess;

const send = (
  store: EventStore,
  out: OutgoingCommand,
): Promise<E.Either<CommandError, Written>> => {
  const meta = {
    commandId: out.commandId,
    correlationId: out.correlationId,
    causationId: out.causationId,
  };
  return out.target === 'staff'
    ? handleCommand(store, aggregates.staff, out.stream, out.command, meta)
    : handleCommand(store, aggregates.vacancy, out.stream, out.command, meta);
};

/**
 * Carries a completed regrade across streams: on `RegradeCompleted` it changes the grade on
 * the staff stream and fills the vacancy. Commands carry ids derived from the causing event,
 * so after a crash the process re-sends from its checkpoint and nothing happens twice.
 */
export const startRegradeProcess = (deps: {
  readonly store: EventStore;
  readonly checkpoints: Checkpoints;
  readonly onFailure?: (failure: ProcessFailure) => void;
}): Promise<RegradeProcess> => {
  const { store } = deps;
  const react = async (recorded: RecordedEvent, fail: Fail): Promise<void> => {
    const causingEvent = causingEventOf(recorded);
    const decoded = decodeEvent(recorded);
    if (E.isLeft(decoded) || !isRegradeEvent(decoded.right)) {
      const message = E.isLeft(decoded)
        ? decoded.left.message
        : `${recorded.type} is not a regrade event`;
      return fail({ causingEvent, command: null, error: { kind: 'undecodable', message } });
    }
    const recordedAt = recorded.recordedAt;
    if (!IsoDateTime.is(recordedAt))
      return fail({
        causingEvent,
        command: null,
        error: { kind: 'undecodable', message: 'recordedAt is not an ISO date-time' },
      });
    const commands = reactToRegradeEvent({
      eventId: recorded.eventId,
      correlationId: recorded.correlationId,
      recordedAt,
      event: decoded.right,
    });
    for (const command of commands) {
      const result = await send(store, command);
      if (E.isLeft(result)) fail({ causingEvent, command, error: result.left });
    }
  };
  return followLog({
    ...deps,
    name: REGRADE_PROCESS,
    reactsTo: (event) => event.type === 'RegradeCompleted',
    react,
  });
};
