import type { CaseloadCommand } from '../commands/caseload';
import type { StaffCommand } from '../commands/staff';
import type { VacancyCommand } from '../commands/vacancy';
import type { RegradeEvent } from '../events/regrade';
import { derivedCommandId } from '../ids/deterministic-id';
import * as E from 'fp-ts/Either';
import { ActorRef } from '../primitives/actor';
import type { IsoDateTime } from '../primitives/time';
import { StreamId } from '../streams';

/** The process manager acts as itself, never as the person who completed the case. */
export const regradeProcessActor: ActorRef = ((): ActorRef => {
  const actor = ActorRef.decode({ id: 'regrade-process', role: 'system' });
  if (E.isLeft(actor)) throw new TypeError('the regrade process actor is malformed');
  return actor.right;
})();

/** A command for another stream, with ids derived from the causing event. */
export type OutgoingCommand =
  | {
      readonly stream: StreamId;
      readonly commandId: string;
      readonly correlationId: string;
      readonly causationId: string;
      readonly target: 'staff';
      readonly command: StaffCommand;
    }
  | {
      readonly stream: StreamId;
      readonly commandId: string;
      readonly correlationId: string;
      readonly causationId: string;
      readonly target: 'vacancy';
      readonly command: VacancyCommand;
    }
  | {
      readonly stream: StreamId;
      readonly commandId: string;
      readonly correlationId: string;
      readonly causationId: string;
      /** A case's allocation stream (the caseload process, issue 15). */
      readonly target: 'allocation';
      readonly command: CaseloadCommand;
    };

/** The causing event as recorded: its id and correlation, and when the store accepted it. */
export interface CausingEvent {
  readonly eventId: string;
  readonly correlationId: string;
  readonly recordedAt: IsoDateTime;
  readonly event: RegradeEvent;
}

/**
 * Reacts to a regrade case's events with commands for the staff and vacancy streams.
 * Pure: the same causing event gives the same commands with the same ids, so a restarted
 * process re-sends identical commands, which the deciders treat as no-ops.
 */
export const reactToRegradeEvent = ({
  eventId,
  correlationId,
  recordedAt,
  event,
}: CausingEvent): readonly OutgoingCommand[] => {
  if (event.type !== 'RegradeCompleted') return [];
  const { caseId, staffId, toGrade, completedOn, vacancyId } = event.data;
  const meta = { correlationId, causationId: eventId };
  const changeGrade: OutgoingCommand = {
    ...meta,
    target: 'staff',
    stream: StreamId.staff(staffId),
    commandId: derivedCommandId(eventId, 'change-grade'),
    command: {
      type: 'ChangeGrade',
      data: { to: toGrade, changedOn: completedOn, regradeCaseId: caseId },
      actor: regradeProcessActor,
      at: recordedAt,
    },
  };
  if (vacancyId === undefined) return [changeGrade];
  const fill: OutgoingCommand = {
    ...meta,
    target: 'vacancy',
    stream: StreamId.vacancy(vacancyId),
    commandId: derivedCommandId(eventId, 'fill-vacancy'),
    command: {
      type: 'FillVacancy',
      data: { staffId, filledOn: completedOn, regradeCaseId: caseId },
      actor: regradeProcessActor,
      at: recordedAt,
    },
  };
  return [changeGrade, fill];
};
