import * as E from 'fp-ts/Either';
import { IsoDateTime, type OutgoingCommand } from '@ladder/domain';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import { aggregates } from './aggregates';
import type { CommandError } from './command-error';
import { handleCommand, type Written } from './handle-command';
import type { Fail, ProcessFailure } from './process-follower';

// The steps both process managers take around their pure reaction: name the causing event,
// read what the reaction needs of it, and send what it answers, keeping every refusal.

export const causingEventOf = (recorded: RecordedEvent): ProcessFailure['causingEvent'] => ({
  eventId: recorded.eventId,
  streamName: recorded.streamName,
  position: recorded.position,
  type: recorded.type,
});

/** The process cannot read `recorded`: kept as a failure, with why. */
export const undecodable = (recorded: RecordedEvent, message: string): ProcessFailure => ({
  causingEvent: causingEventOf(recorded),
  command: null,
  error: { kind: 'undecodable', message },
});

/** What a reaction needs of the causing event as recorded (ids derive from it). */
export interface Cause {
  readonly eventId: string;
  readonly correlationId: string;
  readonly recordedAt: IsoDateTime;
}

export const causeOf = (recorded: RecordedEvent): E.Either<string, Cause> =>
  IsoDateTime.is(recorded.recordedAt)
    ? E.right({
        eventId: recorded.eventId,
        correlationId: recorded.correlationId,
        recordedAt: recorded.recordedAt,
      })
    : E.left('recordedAt is not an ISO date-time');

const send = (
  store: EventStore,
  out: OutgoingCommand,
): Promise<E.Either<CommandError, Written>> => {
  const meta = {
    commandId: out.commandId,
    correlationId: out.correlationId,
    causationId: out.causationId,
  };
  switch (out.target) {
    case 'staff':
      return handleCommand(store, aggregates.staff, out.stream, out.command, meta);
    case 'vacancy':
      return handleCommand(store, aggregates.vacancy, out.stream, out.command, meta);
    case 'allocation':
      return handleCommand(store, aggregates.caseload, out.stream, out.command, meta);
  }
};

/** Sends each command in turn; one the target refuses is kept as a failure, the rest still go. */
export const sendAll = async (
  store: EventStore,
  recorded: RecordedEvent,
  commands: readonly OutgoingCommand[],
  fail: Fail,
): Promise<void> => {
  for (const command of commands) {
    const result = await send(store, command);
    if (E.isLeft(result))
      fail({ causingEvent: causingEventOf(recorded), command, error: result.left });
  }
};
