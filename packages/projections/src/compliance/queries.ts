import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { addDays, addMonths } from '../dates';
import { checkDate, invalidQuery, type InvalidQuery } from '../query-error';
import { DBS, PERSON, REGISTRATION, TRAINING } from './projection';

/**
 * How often a DBS check is renewed when the person is not on the DBS update service.
 * The law sets no expiry; three years is the common council policy for regulated activity.
 */
export const DBS_RECHECK_MONTHS = 36;

export interface ComplianceItem {
  readonly staffId: string;
  readonly team: string;
  readonly kind: 'registration' | 'dbs' | 'training';
  /** The regulator and number, the DBS level, or the course. */
  readonly item: string;
  readonly dueOn: string;
  /** Already past its date on the day asked. */
  readonly overdue: boolean;
  readonly eventId: string;
}

export interface ComplianceQuery {
  readonly asOf: string;
  /** 0–3660. */
  readonly withinDays: number;
  readonly team?: string;
}

/**
 * What falls due within N days of the date (and what is already overdue) for people on
 * staff that day: registrations expiring, DBS checks due for renewal, training expiring.
 * Only each person's latest registration per regulator, check, and completion per course counts.
 */
export const complianceDue = (
  db: Database,
  query: ComplianceQuery,
): E.Either<InvalidQuery, ComplianceItem[]> => {
  const asOf = checkDate('asOf', query.asOf);
  if (E.isLeft(asOf)) return asOf;
  if (!Number.isInteger(query.withinDays) || query.withinDays < 0 || query.withinDays > 3660)
    return invalidQuery('withinDays', 'must be an integer from 0 to 3660');
  const until = addDays(asOf.right, query.withinDays);
  const params = { asOf: asOf.right, until, team: query.team ?? null };
  const onStaff = `p.joined_on <= @asOf AND (p.left_on IS NULL OR p.left_on > @asOf)
    AND (@team IS NULL OR p.team = @team)`;
  const registrations = db
    .prepare<
      typeof params,
      {
        staff_id: string;
        team: string;
        regulator: string;
        registration_number: string;
        expires_on: string;
        event_id: string;
      }
    >(
      `SELECT r.staff_id, p.team, r.regulator, r.registration_number, r.expires_on, r.event_id
       FROM ${REGISTRATION} r JOIN ${PERSON} p ON p.staff_id = r.staff_id
       WHERE ${onStaff} AND r.registered_on <= @asOf AND r.expires_on IS NOT NULL AND r.expires_on <= @until
         AND (r.lapsed_on IS NULL OR r.lapsed_on > @asOf)
         AND r.event_id = (SELECT event_id FROM ${REGISTRATION} x WHERE x.staff_id = r.staff_id
           AND x.regulator = r.regulator AND x.registered_on <= @asOf ORDER BY x.registered_on DESC, x.event_id DESC LIMIT 1)`,
    )
    .all(params)
    .map((r): ComplianceItem => ({
      staffId: r.staff_id,
      team: r.team,
      kind: 'registration',
      item: `${r.regulator} ${r.registration_number}`,
      dueOn: r.expires_on,
      overdue: r.expires_on < asOf.right,
      eventId: r.event_id,
    }));
  const recheckBy = addMonths(until, -DBS_RECHECK_MONTHS);
  const dbs = db
    .prepare<
      typeof params & { recheckBy: string },
      { staff_id: string; team: string; level: string; checked_on: string; event_id: string }
    >(
      `SELECT d.staff_id, p.team, d.level, d.checked_on, d.event_id
       FROM ${DBS} d JOIN ${PERSON} p ON p.staff_id = d.staff_id
       WHERE ${onStaff} AND d.update_service = 0 AND d.checked_on <= @recheckBy
         AND d.event_id = (SELECT event_id FROM ${DBS} x WHERE x.staff_id = d.staff_id AND x.checked_on <= @asOf
           ORDER BY x.checked_on DESC, x.event_id DESC LIMIT 1)`,
    )
    .all({ ...params, recheckBy })
    .map((r): ComplianceItem => {
      const dueOn = addMonths(r.checked_on, DBS_RECHECK_MONTHS);
      return {
        staffId: r.staff_id,
        team: r.team,
        kind: 'dbs',
        item: `${r.level} DBS check of ${r.checked_on}`,
        dueOn,
        overdue: dueOn < asOf.right,
        eventId: r.event_id,
      };
    });
  const training = db
    .prepare<
      typeof params,
      { staff_id: string; team: string; course: string; expires_on: string; event_id: string }
    >(
      `SELECT t.staff_id, p.team, t.course, t.expires_on, t.event_id
       FROM ${TRAINING} t JOIN ${PERSON} p ON p.staff_id = t.staff_id
       WHERE ${onStaff} AND t.expires_on IS NOT NULL AND t.expires_on <= @until
         AND t.event_id = (SELECT event_id FROM ${TRAINING} x WHERE x.staff_id = t.staff_id AND x.course = t.course
           AND x.completed_on <= @asOf ORDER BY x.completed_on DESC, x.event_id DESC LIMIT 1)`,
    )
    .all(params)
    .map((r): ComplianceItem => ({
      staffId: r.staff_id,
      team: r.team,
      kind: 'training',
      item: r.course,
      dueOn: r.expires_on,
      overdue: r.expires_on < asOf.right,
      eventId: r.event_id,
    }));
  return E.right(
    [...registrations, ...dbs, ...training].sort((a, b) =>
      a.dueOn === b.dueOn
        ? a.staffId < b.staffId
          ? -1
          : a.staffId > b.staffId
            ? 1
            : 0
        : a.dueOn < b.dueOn
          ? -1
          : 1,
    ),
  );
};
