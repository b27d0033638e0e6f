import * as E from 'fp-ts/Either';
import {
  decodeEvent,
  foldLineManagement,
  isStaffEvent,
  IsoDateTime,
  NonEmptyString,
  noLineManagementFacts,
  parseStreamName,
  reactToStaffLeft,
  type LineManagementFacts,
  type StaffFact,
} from '@ladder/domain';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import { aggregates } from './aggregates';
import type { Checkpoints } from './checkpoints';
import { handleCommand } from './handle-command';
import type { ProcessFailure } from './regrade-process-runner';

export const LEAVER_PROCESS = 'leaver-process';

/** The facts the process folds; everything else in the log passes by. */
const LINE_MANAGEMENT_TYPES = ['LineManagerAssigned', 'LineManagementEnded', 'StaffLeft'];

export interface LeaverProcess {
  /** Resolves once every event up to `position` has been reacted to. */
  waitFor(position: bigint): Promise<void>;
  readonly failures: readonly ProcessFailure[];
  close(): Promise<void>;
}

const causingEventOf = (recorded: RecordedEvent): ProcessFailure['causingEvent'] => ({
  eventId: recorded.eventId,
  streamName: recorded.streamName,
  position: recorded.position,
  type: recorded.type,
});

/** A recorded line-management fact as the domain sees it, or why it cannot be read. */
const staffFactOf = (recorded: RecordedEvent): E.Either<string, StaffFact> => {
  const stream = parseStreamName(recorded.streamName);
  if (E.isLeft(stream) || stream.right.kind !== 'staff')
    return E.left(`${recorded.streamName} is not a staff stream`);
  const decoded = decodeEvent(recorded);
  if (E.isLeft(decoded)) return E.left(decoded.left.message);
  if (!isStaffEvent(decoded.right)) return E.left(`${recorded.type} is not a staff event`);
  const staffId = NonEmptyString.decode(stream.right.id);
  if (E.isLeft(staffId)) return E.left(`${recorded.streamName} names no one`);
  return E.right({ staffId: staffId.right, event: decoded.right });
};

/**
 * Releases a leaver from their manager's span of control: line management is recorded on the
 * manager's stream, so on `StaffLeft` this process sends `EndLineManagement` there. It knows
 * who manages whom by folding the line-management facts of the whole log (read once up to its
 * checkpoint, then followed live). Command ids derive from the causing event, so re-running
 * from an older checkpoint re-sends identical commands and nothing is written twice.
 */
export const startLeaverProcess = async (deps: {
  readonly store: EventStore;
  readonly checkpoints: Checkpoints;
  readonly onFailure?: (failure: ProcessFailure) => void;
}): Promise<LeaverProcess> => {
  const { store, checkpoints } = deps;
  let reached = await checkpoints.load(LEAVER_PROCESS);
  let facts: LineManagementFacts = noLineManagementFacts;
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

  /** Folds one fact; reports it as a failure when it cannot be read. */
  const fold = (recorded: RecordedEvent): StaffFact | null => {
    const fact = staffFactOf(recorded);
    if (E.isLeft(fact)) {
      fail({
        causingEvent: causingEventOf(recorded),
        command: null,
        error: { kind: 'undecodable', message: fact.left },
      });
      return null;
    }
    facts = foldLineManagement(facts, fact.right);
    return fact.right;
  };

  // What was reacted to before the checkpoint is only folded, never reacted to again.
  const start = reached;
  for await (const recorded of store.readAll({ filter: { eventTypes: LINE_MANAGEMENT_TYPES } })) {
    if (recorded.position > start) break;
    fold(recorded);
  }

  const react = async (recorded: RecordedEvent): Promise<void> => {
    const before = facts; // who managed the leaver until now
    const fact = fold(recorded);
    if (fact === null || fact.event.type !== 'StaffLeft') return;
    const causingEvent = causingEventOf(recorded);
    const recordedAt = recorded.recordedAt;
    if (!IsoDateTime.is(recordedAt))
      return fail({
        causingEvent,
        command: null,
        error: { kind: 'undecodable', message: 'recordedAt is not an ISO date-time' },
      });
    const commands = reactToStaffLeft(before, {
      ...fact,
      eventId: recorded.eventId,
      correlationId: recorded.correlationId,
      recordedAt,
    });
    for (const command of commands) {
      if (command.target !== 'staff') continue; // the leaver process only writes to staff
      const result = await handleCommand(store, aggregates.staff, command.stream, command.command, {
        commandId: command.commandId,
        correlationId: command.correlationId,
        causationId: command.causationId,
      });
      if (E.isLeft(result)) fail({ causingEvent, command, error: result.left });
    }
  };

  // Unfiltered, so `waitFor` can be answered for any position; only line management costs work.
  const subscription = store.subscribeToAll({ after: start });
  const loop = (async () => {
    for await (const message of subscription) {
      if (message.kind === 'event') {
        if (LINE_MANAGEMENT_TYPES.includes(message.event.type)) {
          await react(message.event);
          if (message.event.type === 'StaffLeft')
            await checkpoints.save(LEAVER_PROCESS, message.event.position);
        }
        advance(message.event.position);
      } else {
        await checkpoints.save(LEAVER_PROCESS, reached);
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
