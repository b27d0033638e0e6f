import * as E from 'fp-ts/Either';
import { decodeEvent } from '../events/codec';
import { effectiveDateOf } from '../events/effective-date';
import type { Grade, JobFamily } from '../frameworks/codes';
import type { NonEmptyString } from '../primitives/strings';
import type { IsoDate } from '../primitives/time';
import type { RecordedFact } from '../recorded-fact';

/** The standard full-time week in English local government (NJC), as the projections use. */
export const FULL_TIME_HOURS = 37;

/** A staff member's record as it stood on a date: what allocation reads of them. */
export interface StaffOnDate {
  readonly staffId: NonEmptyString;
  readonly jobFamily: JobFamily;
  readonly grade: Grade;
  readonly team: NonEmptyString;
  readonly fte: number;
  readonly left: boolean;
}

/**
 * Folds one staff stream's facts true on or before `on` (as the log knows them now; a
 * retracted fact does not count). Undefined when they had not joined by then.
 */
export const staffOnDate = (
  recorded: readonly RecordedFact[],
  on: IsoDate,
): StaffOnDate | undefined => {
  const decoded = recorded.flatMap((fact) => {
    const event = decodeEvent(fact);
    return E.isRight(event) && effectiveDateOf(event.right) <= on
      ? [{ eventId: fact.eventId, event: event.right }]
      : [];
  });
  const retracted = new Set<string>(
    decoded.flatMap(({ event }) =>
      event.type === 'FactRetracted' ? [event.data.retractedEventId] : [],
    ),
  );
  let staff: StaffOnDate | undefined;
  for (const { eventId, event } of decoded) {
    if (retracted.has(eventId)) continue;
    if (event.type === 'StaffJoined') {
      const { staffId, jobFamily, grade, team, contractedHours } = event.data;
      staff = {
        staffId,
        jobFamily,
        grade,
        team,
        fte: contractedHours / FULL_TIME_HOURS,
        left: false,
      };
    } else if (staff !== undefined && event.type === 'GradeChanged')
      staff = { ...staff, grade: event.data.to };
    else if (staff !== undefined && event.type === 'StaffLeft') staff = { ...staff, left: true };
  }
  return staff;
};
