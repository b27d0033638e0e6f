import * as E from 'fp-ts/Either';
import {
  decodeEvent,
  foldCaseload,
  isCaseloadEvent,
  isStaffEvent,
  NonEmptyString,
  noCaseloadFacts,
  parseStreamName,
  reactToWorkerChange,
  type CaseloadFacts,
  type CaseloadProcessFact,
} from '@ladder/domain';
import type { RecordedEvent } from '@ladder/event-store';
import { knownFrameworks } from './frameworks/known-frameworks';
import { followLog, type Fail, type ProcessDeps, type RunningProcess } from './process-follower';
import { causeOf, sendAll, undecodable } from './process-reaction';

export const CASELOAD_PROCESS = 'caseload-process';

/** The facts the process folds; everything else in the log passes by. */
const CASELOAD_TYPES = [
  'StaffJoined',
  'GradeChanged',
  'StaffLeft',
  'CaseOpened',
  'CaseAllocated',
  'CaseReallocated',
  'CaseEmergencyAllocated',
  'CaseClosed',
];
const REACTS_TO = ['GradeChanged', 'StaffLeft'];

export type CaseloadProcess = RunningProcess;

/** A recorded fact as the process sees it, or why it cannot be read. */
const factOf = (recorded: RecordedEvent): E.Either<string, CaseloadProcessFact> => {
  const stream = parseStreamName(recorded.streamName);
  if (E.isLeft(stream)) return E.left(stream.left.message);
  const decoded = decodeEvent(recorded);
  if (E.isLeft(decoded)) return E.left(decoded.left.message);
  const event = decoded.right;
  if (stream.right.kind === 'allocation' && isCaseloadEvent(event))
    return E.right({ kind: 'case', caseReference: stream.right.id, event });
  const staffId = NonEmptyString.decode(stream.right.id);
  if (stream.right.kind === 'staff' && isStaffEvent(event) && E.isRight(staffId))
    return E.right({ kind: 'staff', staffId: staffId.right, event });
  return E.left(`${recorded.type} on ${recorded.streamName} is not a caseload fact`);
};

/**
 * Puts a leaver's cases, and cases a worker's new grade no longer covers, before their
 * manager: on `StaffLeft` or `GradeChanged` it sends `FlagCaseForReallocation` to each such
 * case's stream. It knows who holds what by folding the caseload facts of the whole log (read
 * once up to its checkpoint, then followed live), like the leaver process; command ids derive
 * from the causing event, so re-running from an older checkpoint writes nothing twice.
 */
export const startCaseloadProcess = (deps: ProcessDeps): Promise<CaseloadProcess> => {
  const { store } = deps;
  let facts: CaseloadFacts = noCaseloadFacts;

  const fold = (recorded: RecordedEvent, fail: Fail): CaseloadProcessFact | null => {
    const fact = factOf(recorded);
    if (E.isLeft(fact)) {
      fail(undecodable(recorded, fact.left));
      return null;
    }
    facts = foldCaseload(facts, fact.right);
    return fact.right;
  };

  const prepare = async (checkpoint: bigint, fail: Fail): Promise<void> => {
    for await (const recorded of store.readAll({ filter: { eventTypes: CASELOAD_TYPES } })) {
      if (recorded.position > checkpoint) break;
      fold(recorded, fail);
    }
  };

  const react = async (recorded: RecordedEvent, fail: Fail): Promise<void> => {
    const before = facts; // what the worker held until now
    const fact = fold(recorded, fail);
    if (fact === null || fact.kind !== 'staff' || !REACTS_TO.includes(fact.event.type)) return;
    const cause = causeOf(recorded);
    if (E.isLeft(cause)) return fail(undecodable(recorded, cause.left));
    const commands = reactToWorkerChange(before, await knownFrameworks(store), {
      ...cause.right,
      staffId: fact.staffId,
      event: fact.event,
    });
    await sendAll(store, recorded, commands, fail);
  };

  return followLog({
    ...deps,
    name: CASELOAD_PROCESS,
    prepare,
    reactsTo: (event) => CASELOAD_TYPES.includes(event.type),
    react,
  });
};
