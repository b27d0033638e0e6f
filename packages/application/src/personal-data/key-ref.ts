import * as E from 'fp-ts/Either';
import { parseStreamName } from '@ladder/domain';
import type { NewEvent, PersonalKeyRef } from '@ladder/event-store';

/** The key of one DBS check's details: erased on its own, six months after the check. */
export const dbsKeyId = (staffId: string, eventId: string): string => `${staffId}/dbs/${eventId}`;
/** The key of everything else personal about a person (names, dates of birth, notes). */
export const personKeyId = (staffId: string): string => `${staffId}/hr`;

/**
 * Which key seals an event's personal part: the staff member whose stream it is on, one key
 * per DBS check (retention erases those alone) and one for the rest. Events on other streams
 * carry no personal part; one that did would be refused rather than stored in clear.
 */
export const personalKeyOf = (streamName: string, event: NewEvent): PersonalKeyRef | null => {
  const stream = parseStreamName(streamName);
  if (E.isLeft(stream) || stream.right.kind !== 'staff') return null;
  const staffId = stream.right.id;
  return {
    subject: staffId,
    keyId:
      event.type === 'DbsCheckRecorded' ? dbsKeyId(staffId, event.eventId) : personKeyId(staffId),
  };
};
