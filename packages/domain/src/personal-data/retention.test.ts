import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../primitives/time';
import { defaultRetentionSchedule, dueErasures, type RetentionFacts } from './retention';

const d = (s: string) => s as IsoDate;
const person = (over: Partial<RetentionFacts> & { staffId: string }): RetentionFacts => ({
  leftOn: null,
  erased: false,
  dbsChecks: [],
  ...over,
});

describe('retention schedule', () => {
  it('makes an HR record due six years after leaving, and DBS details six months after the check', () => {
    const people = [
      person({ staffId: 's2', leftOn: d('2020-03-31') }),
      person({ staffId: 's3', leftOn: d('2020-12-03') }),
      person({
        staffId: 's1',
        dbsChecks: [
          { eventId: 'e1', checkedOn: d('2026-01-10'), erased: false },
          { eventId: 'e2', checkedOn: d('2026-06-03'), erased: false },
          { eventId: 'e0', checkedOn: d('2025-01-10'), erased: true },
        ],
      }),
    ];
    expect(dueErasures(people, defaultRetentionSchedule, d('2026-12-02'))).toEqual([
      {
        staffId: 's1',
        rule: 'dbs-certificate-after-check',
        description: 'DBS certificate details: six months after the check',
        scope: 'records',
        dueOn: '2026-07-10',
        eventIds: ['e1'],
      },
      {
        staffId: 's2',
        rule: 'hr-record-after-leaving',
        description: 'HR record: six years after leaving',
        scope: 'person',
        dueOn: '2026-03-31',
        eventIds: [],
      },
    ]);
  });

  it('lists nothing for a person already erased, and no record erasure beside a whole one', () => {
    const check = { eventId: 'e1', checkedOn: d('2019-01-10'), erased: false };
    expect(
      dueErasures(
        [
          person({ staffId: 's1', leftOn: d('2019-01-01'), erased: true }),
          person({ staffId: 's2', leftOn: d('2019-01-01'), dbsChecks: [check] }),
        ],
        defaultRetentionSchedule,
        d('2026-12-02'),
      ).map((e) => [e.staffId, e.scope]),
    ).toEqual([['s2', 'person']]);
  });
});
