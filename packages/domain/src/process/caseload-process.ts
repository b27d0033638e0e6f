import * as E from 'fp-ts/Either';
import type { ReallocationCause } from '../commands/caseload';
import type { CaseloadEvent } from '../events/caseload';
import type { StaffEvent } from '../events/staff';
import type { FrameworkCatalogue } from '../frameworks/catalogue';
import { frameworkInForce } from '../frameworks/catalogue';
import type { Complexity } from '../frameworks/caseload-rules';
import { derivedCommandId } from '../ids/deterministic-id';
import { ActorRef } from '../primitives/actor';
import type { NonEmptyString } from '../primitives/strings';
import type { IsoDate, IsoDateTime } from '../primitives/time';
import { StreamId } from '../streams';
import { isLibertyAffecting, type LibertyFlag } from '../caseload/liberty';
import { caseloadRuleOf } from '../caseload/rule-of';
import type { OutgoingCommand } from './regrade-process';

/** The caseload process acts as itself, never as whoever recorded the leaving or regrade. */
export const caseloadProcessActor: ActorRef = ((): ActorRef => {
  const actor = ActorRef.decode({ id: 'caseload-process', role: 'system' });
  if (E.isLeft(actor)) throw new TypeError('the caseload process actor is malformed');
  return actor.right;
})();

/** One open case as the process sees it: who holds it, and what the rule reads of it. */
export interface HeldCase {
  readonly holder: string | null;
  readonly emergency: boolean;
  readonly complexity: Complexity;
  readonly libertyFlags: readonly LibertyFlag[];
}

/** What the process has seen: open cases by reference, and each worker's job family. */
export interface CaseloadFacts {
  readonly cases: ReadonlyMap<string, HeldCase>;
  readonly familyOf: ReadonlyMap<string, string>;
}

export const noCaseloadFacts: CaseloadFacts = { cases: new Map(), familyOf: new Map() };

/** A fact the process folds: a case's event (with its reference) or a staff event. */
export type CaseloadProcessFact =
  | { readonly kind: 'case'; readonly caseReference: string; readonly event: CaseloadEvent }
  | { readonly kind: 'staff'; readonly staffId: NonEmptyString; readonly event: StaffEvent };

/**
 * A case after one of its events: its new state, null once closed, undefined where the event
 * changes nothing the process reads (an allocation of a case it never saw opened, a flag).
 */
export const heldCaseAfter = (
  current: HeldCase | undefined,
  event: CaseloadEvent,
): HeldCase | null | undefined => {
  switch (event.type) {
    case 'CaseOpened':
      return {
        holder: null,
        emergency: false,
        complexity: event.data.complexity,
        libertyFlags: event.data.libertyFlags,
      };
    case 'CaseAllocated':
    case 'CaseReallocated':
    case 'CaseEmergencyAllocated':
      return current === undefined
        ? undefined
        : {
            ...current,
            holder: event.data.staffId,
            emergency: event.type === 'CaseEmergencyAllocated',
          };
    case 'CaseClosed':
      return null;
    case 'CaseNeedsReallocation':
      return undefined;
  }
};

/**
 * The facts after one more, as a new value: for specs and small folds. The process runner
 * applies `heldCaseAfter` to maps of its own instead (a copy per event over a million events
 * would be quadratic).
 */
export const foldCaseload = (facts: CaseloadFacts, fact: CaseloadProcessFact): CaseloadFacts => {
  if (fact.kind === 'staff')
    return fact.event.type === 'StaffJoined'
      ? { ...facts, familyOf: new Map(facts.familyOf).set(fact.staffId, fact.event.data.jobFamily) }
      : facts;
  const next = heldCaseAfter(facts.cases.get(fact.caseReference), fact.event);
  if (next === undefined) return facts;
  const cases = new Map(facts.cases);
  if (next === null) cases.delete(fact.caseReference);
  else cases.set(fact.caseReference, next);
  return { ...facts, cases };
};

/** What the process knows of one worker: the open cases they hold, and their job family. */
export interface WorkerCases {
  readonly cases: ReadonlyMap<string, HeldCase>;
  readonly family: string | undefined;
}

/** One worker's open cases and family, picked out of the facts. */
export const workerCasesOf = (facts: CaseloadFacts, staffId: string): WorkerCases => ({
  cases: new Map([...facts.cases].filter(([, held]) => held.holder === staffId)),
  family: facts.familyOf.get(staffId),
});

/** The causing staff event as recorded. */
export interface CausingStaffEvent {
  readonly eventId: string;
  readonly correlationId: string;
  readonly recordedAt: IsoDateTime;
  readonly staffId: NonEmptyString;
  readonly event: StaffEvent;
}

/** Whether a grade (under the framework on the date) still covers a case its holder has. */
const gradeCovers = (
  held: HeldCase,
  family: string,
  grade: string,
  on: string,
  frameworks: FrameworkCatalogue,
): boolean => {
  const framework = frameworkInForce(frameworks, family, on);
  if (framework === undefined) return false;
  const { rule } = caseloadRuleOf(framework, grade);
  if (held.complexity > rule.highestComplexity) return false;
  if (!isLibertyAffecting(held.libertyFlags)) return true;
  return (
    rule.libertyAffectingCases === 'hold' ||
    (held.emergency && rule.libertyAffectingCases === 'emergency-only')
  );
};

/**
 * Reacts to a worker leaving, or changing to a grade that no longer covers a case they hold:
 * each such case is flagged on its own stream as needing reallocation, dated the day of the
 * change, for their manager to reallocate. Ids derive from the causing event and the case,
 * so a restarted process re-sends the same commands, which the decider answers as done.
 */
export const reactToWorkerChange = (
  worker: WorkerCases,
  frameworks: FrameworkCatalogue,
  { eventId, correlationId, recordedAt, staffId, event }: CausingStaffEvent,
): readonly OutgoingCommand[] => {
  let cause: ReallocationCause;
  let on: IsoDate;
  let covers: (held: HeldCase) => boolean;
  if (event.type === 'StaffLeft') {
    cause = 'worker-left';
    on = event.data.leftOn;
    covers = () => false;
  } else if (event.type === 'GradeChanged') {
    cause = 'grade-below-case';
    on = event.data.changedOn;
    const { family } = worker;
    const { to } = event.data;
    covers = (held) => family !== undefined && gradeCovers(held, family, to, on, frameworks);
  } else return [];
  return [...worker.cases]
    .filter(([, held]) => held.holder === staffId && !covers(held))
    .map(([ref]): OutgoingCommand => ({
      target: 'allocation',
      stream: StreamId.allocation(ref),
      commandId: derivedCommandId(eventId, `flag-reallocation:${ref}`),
      correlationId,
      causationId: eventId,
      command: {
        type: 'FlagCaseForReallocation',
        data: { staffId, cause, flaggedOn: on },
        actor: caseloadProcessActor,
        at: recordedAt,
      },
    }));
};
