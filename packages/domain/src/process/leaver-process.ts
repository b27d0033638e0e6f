import * as E from 'fp-ts/Either';
import type { StaffEvent } from '../events/staff';
import { derivedCommandId } from '../ids/deterministic-id';
import { ActorRef } from '../primitives/actor';
import type { NonEmptyString } from '../primitives/strings';
import type { IsoDateTime } from '../primitives/time';
import { StreamId } from '../streams';
import type { OutgoingCommand } from './regrade-process';

/** The leaver process acts as itself, never as the person who recorded the leaving. */
export const leaverProcessActor: ActorRef = ((): ActorRef => {
  const actor = ActorRef.decode({ id: 'leaver-process', role: 'system' });
  if (E.isLeft(actor)) throw new TypeError('the leaver process actor is malformed');
  return actor.right;
})();

/**
 * What the process has seen of line management: each report's current managers, and who has
 * left. Line management lives on the manager's stream, so only a fold of the whole log knows
 * who manages a leaver.
 */
export interface LineManagementFacts {
  readonly managersOf: ReadonlyMap<string, readonly string[]>;
  readonly left: ReadonlySet<string>;
}

export const noLineManagementFacts: LineManagementFacts = {
  managersOf: new Map(),
  left: new Set(),
};

/** A staff event with the person whose stream it was recorded on. */
export interface StaffFact {
  readonly staffId: NonEmptyString;
  readonly event: StaffEvent;
}

const withManagers = (
  facts: LineManagementFacts,
  reportId: string,
  managers: readonly string[],
): LineManagementFacts => {
  const managersOf = new Map(facts.managersOf);
  if (managers.length === 0) managersOf.delete(reportId);
  else managersOf.set(reportId, managers);
  return { ...facts, managersOf };
};

/** Folds one staff fact; events that do not bear on line management change nothing. */
export const foldLineManagement = (
  facts: LineManagementFacts,
  { staffId, event }: StaffFact,
): LineManagementFacts => {
  switch (event.type) {
    case 'LineManagerAssigned': {
      const { managerId, reportId } = event.data;
      const current = facts.managersOf.get(reportId) ?? [];
      return current.includes(managerId)
        ? facts
        : withManagers(facts, reportId, [...current, managerId]);
    }
    case 'LineManagementEnded': {
      const { managerId, reportId } = event.data;
      const current = facts.managersOf.get(reportId) ?? [];
      return withManagers(
        facts,
        reportId,
        current.filter((m) => m !== managerId),
      );
    }
    case 'StaffLeft':
      return { ...facts, left: new Set([...facts.left, staffId]) };
    default:
      return facts;
  }
};

/** The causing `StaffLeft` as recorded, with the leaver read from its stream. */
export interface CausingStaffFact extends StaffFact {
  readonly eventId: string;
  readonly correlationId: string;
  readonly recordedAt: IsoDateTime;
}

/**
 * Reacts to someone leaving: releases them from each current manager's span of control by an
 * `EndLineManagement` on the manager's stream, dated the leaving day. `facts` are those seen
 * BEFORE the leaving. Only current line management is ended (the decider refuses any other
 * with NotLineManaged), and a manager who has left is skipped (their stream takes no new
 * facts and their span no longer matters). Ids derive from the causing event and the manager,
 * so a restarted process re-sends the same commands, which the store answers as done.
 */
export const reactToStaffLeft = (
  facts: LineManagementFacts,
  { eventId, correlationId, recordedAt, staffId, event }: CausingStaffFact,
): readonly OutgoingCommand[] => {
  if (event.type !== 'StaffLeft') return [];
  const managers = facts.managersOf.get(staffId) ?? [];
  return managers
    .filter((managerId) => !facts.left.has(managerId))
    .map((managerId): OutgoingCommand => ({
      target: 'staff',
      stream: StreamId.staff(managerId),
      // Per manager: event ids derive from command ids and must be unique across the log.
      commandId: derivedCommandId(eventId, `end-line-management:${managerId}`),
      correlationId,
      causationId: eventId,
      command: {
        type: 'EndLineManagement',
        data: { reportId: staffId, endedOn: event.data.leftOn },
        actor: leaverProcessActor,
        at: recordedAt,
      },
    }));
};
