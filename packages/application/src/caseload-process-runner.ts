import { setImmediate as nextTurn } from 'node:timers/promises';
import * as E from 'fp-ts/Either';
import {
  decodeEvent,
  heldCaseAfter,
  isCaseloadEvent,
  isStaffEvent,
  NonEmptyString,
  parseStreamName,
  reactToWorkerChange,
  type CaseloadProcessFact,
  type HeldCase,
  type WorkerCases,
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
/**
 * What the process knows, kept in maps of its own and changed in place by the domain's
 * transitions (a new copy per event would be quadratic over a million events), with who
 * holds which case indexed so a leaver's cases are found without a scan.
 */
const caseloadMemory = () => {
  const cases = new Map<string, HeldCase>();
  const familyOf = new Map<string, string>();
  const heldBy = new Map<string, Set<string>>();
  const hold = (holder: string | null, ref: string, held: boolean): void => {
    if (holder === null) return;
    const refs = heldBy.get(holder) ?? new Set<string>();
    if (held) heldBy.set(holder, refs.add(ref));
    else if (refs.delete(ref) && refs.size === 0) heldBy.delete(holder);
  };
  return {
    apply(fact: CaseloadProcessFact): void {
      if (fact.kind === 'staff') {
        if (fact.event.type === 'StaffJoined')
          familyOf.set(fact.staffId, fact.event.data.jobFamily);
        return;
      }
      const ref = fact.caseReference;
      const current = cases.get(ref);
      const next = heldCaseAfter(current, fact.event);
      if (next === undefined) return;
      hold(current?.holder ?? null, ref, false);
      if (next === null) cases.delete(ref);
      else {
        cases.set(ref, next);
        hold(next.holder, ref, true);
      }
    },
    worker(staffId: string): WorkerCases {
      const refs = [...(heldBy.get(staffId) ?? [])];
      return {
        cases: new Map(
          refs.flatMap((ref) => {
            const held = cases.get(ref);
            return held === undefined ? [] : [[ref, held] as const];
          }),
        ),
        family: familyOf.get(staffId),
      };
    },
  };
};

/** Facts folded between turns of the event loop while the process reads its history. */
const PREPARE_SLICE = 2_000;

/**
 * Puts a leaver's cases, and cases a worker's new grade no longer covers, before their
 * manager: on `StaffLeft` or `GradeChanged` it sends `FlagCaseForReallocation` to each such
 * case's stream. It knows who holds what by folding the caseload facts of the whole log (read
 * once up to its checkpoint, yielding to the event loop as it goes, then followed live), like
 * the leaver process; command ids derive from the causing event, so re-running from an older
 * checkpoint writes nothing twice.
 */
export const startCaseloadProcess = (deps: ProcessDeps): Promise<CaseloadProcess> => {
  const { store } = deps;
  const memory = caseloadMemory();

  const fold = (recorded: RecordedEvent, fail: Fail): CaseloadProcessFact | null => {
    const fact = factOf(recorded);
    if (E.isLeft(fact)) {
      fail(undecodable(recorded, fact.left));
      return null;
    }
    memory.apply(fact.right);
    return fact.right;
  };

  const prepare = async (checkpoint: bigint, fail: Fail): Promise<void> => {
    let folded = 0;
    for await (const recorded of store.readAll({ filter: { eventTypes: CASELOAD_TYPES } })) {
      if (recorded.position > checkpoint) break;
      fold(recorded, fail);
      // An async read alone never lets the event loop turn: requests would wait for it all.
      if (++folded % PREPARE_SLICE === 0) await nextTurn();
    }
  };

  const react = async (recorded: RecordedEvent, fail: Fail): Promise<void> => {
    const fact = fold(recorded, fail);
    if (fact === null || fact.kind !== 'staff' || !REACTS_TO.includes(fact.event.type)) return;
    const cause = causeOf(recorded);
    if (E.isLeft(cause)) return fail(undecodable(recorded, cause.left));
    // A leaving or a grade change leaves the cases held as they were: the worker's cases now
    // are the ones they held until it.
    const commands = reactToWorkerChange(
      memory.worker(fact.staffId),
      await knownFrameworks(store),
      { ...cause.right, staffId: fact.staffId, event: fact.event },
    );
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
