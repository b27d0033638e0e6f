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

export const REGRADE_PROCESS = 'regrade-process';

/** A command the process could not apply: kept for operators, never silently dropped. */
export interface ProcessFailure {
  readonly causingEvent: Pick<RecordedEvent, 'eventId' | 'streamName' | 'position' | 'type'>;
  readonly command: OutgoingCommand | null;
  readonly error: CommandError | { readonly kind: 'undecodable'; readonly message: string };
}

export interface RegradeProcess {
  /** Resolves once every event up to `position` has been reacted to. */
  waitFor(position: bigint): Promise<void>;
  readonly failures: readonly ProcessFailure[];
  close(): Promise<void>;
}

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
export const startRegradeProcess = async (deps: {
  readonly store: EventStore;
  readonly checkpoints: Checkpoints;
  readonly onFailure?: (failure: ProcessFailure) => void;
}): Promise<RegradeProcess> => {
  const { store, checkpoints } = deps;
  let reached = await checkpoints.load(REGRADE_PROCESS);
  const failures: ProcessFailure[] = [];
  const waiters = new Set<{ position: bigint; resolve: () => void }>();
  const fail = (failure: ProcessFailure): void => {
    failures.push(failure);
    deps.onFailure?.(failure);
  };
  const advance = (position: bigint): void => {
    reached = position;
    for (const w of waiters)
      if (w.position <= reached) {
        waiters.delete(w);
        w.resolve();
      }
  };

  const react = async (recorded: RecordedEvent): Promise<void> => {
    const causingEvent = {
      eventId: recorded.eventId,
      streamName: recorded.streamName,
      position: recorded.position,
      type: recorded.type,
    };
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

  // Unfiltered, so `waitFor` can be answered for any position; only completions cost work.
  // The checkpoint is saved after each reaction and when caught up: reacting again after a
  // crash is harmless (derived command ids), so it need not be saved for every event.
  const subscription = store.subscribeToAll({ after: reached });
  const loop = (async () => {
    for await (const message of subscription) {
      if (message.kind === 'event') {
        if (message.event.type === 'RegradeCompleted') {
          await react(message.event);
          await checkpoints.save(REGRADE_PROCESS, message.event.position);
        }
        advance(message.event.position);
      } else {
        await checkpoints.save(REGRADE_PROCESS, reached);
      }
    }
  })();

  return {
    failures,
    waitFor: (position) =>
      position <= reached
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.add({ position, resolve })),
    close: async () => {
      await subscription.close();
      await loop;
    },
  };
};
