import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { PositiveInteger } from '../primitives/numbers';
import { NonEmptyString } from '../primitives/strings';
import { addMonths, type IsoDate } from '../primitives/time';

// Retention is policy data, not code: each rule names a kind of record, the date it counts
// from and how many months it is kept. UK councils keep HR records about six years after
// employment ends (Limitation Act 1980) and DBS certificate details no longer than about six
// months after the check (DBS Code of Practice); a council changes these, or adds its own.

/** `hr-record`: the whole person, from their leaving date. `dbs-certificate`: one check's details. */
export const RetainedRecord = t.keyof(
  { 'hr-record': null, 'dbs-certificate': null },
  'RetainedRecord',
);
export type RetainedRecord = t.TypeOf<typeof RetainedRecord>;

export const RetentionRule = t.type(
  {
    id: NonEmptyString,
    /** In HR's words, e.g. "HR record: six years after leaving". */
    description: NonEmptyString,
    record: RetainedRecord,
    months: PositiveInteger,
  },
  'RetentionRule',
);
export type RetentionRule = t.TypeOf<typeof RetentionRule>;

export const RetentionSchedule = t.array(RetentionRule, 'RetentionSchedule');
export type RetentionSchedule = t.TypeOf<typeof RetentionSchedule>;

const seed = RetentionSchedule.decode([
  {
    id: 'hr-record-after-leaving',
    description: 'HR record: six years after leaving',
    record: 'hr-record',
    months: 72,
  },
  {
    id: 'dbs-certificate-after-check',
    description: 'DBS certificate details: six months after the check',
    record: 'dbs-certificate',
    months: 6,
  },
]);
// Unreachable: the seed above is checked by the tests; kept so a bad edit fails at start.
if (E.isLeft(seed)) throw new TypeError('the default retention schedule does not decode');

/** The schedule Ladder starts with (a setting replaces it). */
export const defaultRetentionSchedule: RetentionSchedule = seed.right;

/** What the log says about one person, as far as retention needs. */
export interface RetentionFacts {
  readonly staffId: string;
  readonly leftOn: IsoDate | null;
  /** Erased as a whole already: nothing more is due. */
  readonly erased: boolean;
  readonly dbsChecks: readonly {
    readonly eventId: string;
    readonly checkedOn: IsoDate;
    readonly erased: boolean;
  }[];
}

/** One erasure the schedule makes due: HR reviews these before the job runs them. */
export interface DueErasure {
  readonly staffId: string;
  readonly rule: string;
  readonly description: string;
  readonly scope: 'person' | 'records';
  readonly dueOn: IsoDate;
  /** For scope `records`: the events whose personal parts go. */
  readonly eventIds: readonly string[];
}

/**
 * Every erasure due on `today` under `schedule`, in staff id then rule order. Pure: the dry
 * run and the run call it with the same facts and date, so they list the same erasures.
 */
export const dueErasures = (
  people: readonly RetentionFacts[],
  schedule: RetentionSchedule,
  today: IsoDate,
): DueErasure[] => {
  const due: DueErasure[] = [];
  for (const person of [...people].sort((a, b) => (a.staffId < b.staffId ? -1 : 1))) {
    if (person.erased) continue;
    for (const r of schedule) {
      const base = { staffId: person.staffId, rule: r.id, description: r.description };
      if (r.record === 'hr-record' && person.leftOn !== null) {
        const dueOn = addMonths(person.leftOn, r.months);
        if (dueOn <= today) due.push({ ...base, scope: 'person', dueOn, eventIds: [] });
      }
      if (r.record === 'dbs-certificate') {
        const checks = person.dbsChecks.filter(
          (c) => !c.erased && addMonths(c.checkedOn, r.months) <= today,
        );
        const last = checks
          .map((c) => addMonths(c.checkedOn, r.months))
          .sort()
          .at(-1);
        if (last !== undefined)
          due.push({
            ...base,
            scope: 'records',
            dueOn: last,
            eventIds: checks.map((c) => c.eventId),
          });
      }
    }
  }
  // A person due as a whole needs no separate record erasures.
  const whole = new Set(due.filter((d) => d.scope === 'person').map((d) => d.staffId));
  return due.filter((d) => d.scope === 'person' || !whole.has(d.staffId));
};
