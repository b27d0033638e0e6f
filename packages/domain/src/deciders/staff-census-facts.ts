import * as E from 'fp-ts/Either';
import type { EndAbsence, RecordAbsence, RecordRegistration } from '../commands/staff';
import type { CommandOf } from '../commands/define';
import { isSweNumber, SOCIAL_WORK_ENGLAND } from '../census/swe-number';
import { domainError, type DomainError } from '../errors';
import type { StaffEvent } from '../events/staff';
import { outOfOrder } from './staff-refusals';
import type { JoinedStaff } from './staff-state';

// The facts the census return needs that have a rule of their own: a registration number
// in Social Work England's form, and absence episodes that open and close once.

type Result = E.Either<DomainError, readonly StaffEvent[]>;

export const decideRegistration = (command: CommandOf<typeof RecordRegistration>): Result => {
  const { regulator, registrationNumber, registeredOn, expiresOn } = command.data;
  if (expiresOn !== undefined && expiresOn < registeredOn)
    return E.left(outOfOrder('expiresOn', expiresOn, 'registeredOn', registeredOn));
  if (regulator === SOCIAL_WORK_ENGLAND && !isSweNumber(registrationNumber))
    return E.left(
      domainError(
        'RegistrationNumberInvalid',
        'A Social Work England number is SW followed by up to six digits',
        `registrationNumber "${registrationNumber}" is not a Social Work England number (e.g. SW123456)`,
      ),
    );
  return E.right([{ type: 'RegistrationRecorded', data: command.data }]);
};

export const decideAbsence = (command: CommandOf<typeof RecordAbsence>, s: JoinedStaff): Result => {
  const { startedOn, endedOn } = command.data;
  if (endedOn !== undefined && endedOn < startedOn)
    return E.left(outOfOrder('endedOn', endedOn, 'startedOn', startedOn));
  if (s.openAbsences.some((a) => a.startedOn === startedOn))
    return E.left(
      domainError(
        'AbsenceAlreadyOpen',
        'One absence episode starts on a day',
        `an absence starting ${startedOn} is already recorded for staff ${s.staffId}`,
      ),
    );
  return E.right([{ type: 'AbsenceRecorded', data: command.data }]);
};

export const decideAbsenceEnd = (command: CommandOf<typeof EndAbsence>, s: JoinedStaff): Result => {
  const { startedOn, endedOn } = command.data;
  if (endedOn < startedOn) return E.left(outOfOrder('endedOn', endedOn, 'startedOn', startedOn));
  if (!s.openAbsences.some((a) => a.startedOn === startedOn && !a.ended))
    return E.left(
      domainError(
        'AbsenceNotOpen',
        'Only an open absence can end',
        `staff ${s.staffId} has no open absence that started ${startedOn}`,
      ),
    );
  return E.right([{ type: 'AbsenceEnded', data: command.data }]);
};
