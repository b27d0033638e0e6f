import * as E from 'fp-ts/Either';
import {
  decodeEvent,
  foldLineManagement,
  isStaffEvent,
  NonEmptyString,
  noLineManagementFacts,
  parseStreamName,
  reactToStaffLeft,
  type LineManagementFacts,
  type StaffFact,
} from '@ladder/domain';
import type { RecordedEvent } from '@ladder/event-store';
import { followLog, type Fail, type ProcessDeps, type RunningProcess } from './process-follower';
import { causeOf, sendAll, undecodable } from './process-reaction';

export const LEAVER_PROCESS = 'leaver-process';

/** The facts the process folds; everything else in the log passes by. */
const LINE_MANAGEMENT_TYPES = ['LineManagerAssigned', 'LineManagementEnded', 'StaffLeft'];

export type LeaverProcess = RunningProcess;

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
export const startLeaverProcess = (deps: ProcessDeps): Promise<LeaverProcess> => {
  const { store } = deps;
  let facts: LineManagementFacts = noLineManagementFacts;

  /** Folds one fact; reports it as a failure when it cannot be read. */
  const fold = (recorded: RecordedEvent, fail: Fail): StaffFact | null => {
    const fact = staffFactOf(recorded);
    if (E.isLeft(fact)) {
      fail(undecodable(recorded, fact.left));
      return null;
    }
    facts = foldLineManagement(facts, fact.right);
    return fact.right;
  };

  // What was reacted to before the checkpoint is only folded, never reacted to again.
  const prepare = async (checkpoint: bigint, fail: Fail): Promise<void> => {
    for await (const recorded of store.readAll({ filter: { eventTypes: LINE_MANAGEMENT_TYPES } })) {
      if (recorded.position > checkpoint) break;
      fold(recorded, fail);
    }
  };

  const react = async (recorded: RecordedEvent, fail: Fail): Promise<void> => {
    const before = facts; // who managed the leaver until now
    const fact = fold(recorded, fail);
    if (fact === null || fact.event.type !== 'StaffLeft') return;
    const cause = causeOf(recorded);
    if (E.isLeft(cause)) return fail(undecodable(recorded, cause.left));
    const commands = reactToStaffLeft(before, { ...fact, ...cause.right });
    // The leaver process only writes to staff streams.
    const toStaff = commands.filter((command) => command.target === 'staff');
    await sendAll(store, recorded, toStaff, fail);
  };

  return followLog({
    ...deps,
    name: LEAVER_PROCESS,
    prepare,
    reactsTo: (event) => LINE_MANAGEMENT_TYPES.includes(event.type),
    react,
  });
};
