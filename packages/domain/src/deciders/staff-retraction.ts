import * as E from 'fp-ts/Either';
import type { StaffCommand } from '../commands/staff';
import { domainError, type DomainError } from '../errors';
import type { StaffEvent } from '../events/staff';
import type { StaffEventType } from '../events/staff';
import { utcDateOf } from '../primitives/time';
import type { JoinedStaff } from './staff-state';

type Result = E.Either<DomainError, readonly StaffEvent[]>;

/** Facts that can be withdrawn by a retraction; joining, grade and leaving are corrected by commands. */
const retractable: readonly StaffEventType[] = [
  'QualificationRecorded',
  'TrainingCompleted',
  'PdrRecorded',
  'RegistrationRecorded',
  'RegistrationLapsed',
  'DbsCheckRecorded',
  'AssessmentRecorded',
  'ExperienceEvidenced',
  'AbsenceRecorded',
  'AbsenceEnded',
  'KssStatusRecorded',
];

/** Withdraws an earlier evidence fact of this person, once, saying why. */
export const decideRetraction = (
  command: Extract<StaffCommand, { type: 'RetractFact' }>,
  s: JoinedStaff,
): Result => {
  const { eventId, reason } = command.data;
  const type = s.facts[eventId];
  if (type === undefined)
    return E.left(
      domainError(
        'FactNotFound',
        'Only a recorded fact can be retracted',
        `no event ${eventId} on staff ${s.staffId}`,
      ),
    );
  if (s.retracted.includes(eventId))
    return E.left(
      domainError(
        'FactAlreadyRetracted',
        'A fact is retracted once',
        `event ${eventId} is already retracted`,
      ),
    );
  if (!retractable.includes(type))
    return E.left(
      domainError(
        'FactNotRetractable',
        'Joining, grade changes, line management and leaving are corrected by their own commands',
        `${type} cannot be retracted`,
      ),
    );
  return E.right([
    {
      type: 'FactRetracted',
      data: { retractedEventId: eventId, reason, retractedOn: utcDateOf(command.at) },
    },
  ]);
};
