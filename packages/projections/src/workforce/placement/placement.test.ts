import * as E from 'fp-ts/Either';
import { describe, it } from 'vitest';
import { projectionSpec } from '../../../test/spec';
import { joined, left, regraded, retracted } from '../../../test/staff-facts';
import { placementProjection } from './projection';
import { headcount, timeInGrade } from './queries';

const segment = (from: string, to: string | null, grade: string, since: string, fte = 1) => ({
  staff_id: 'a',
  valid_from: from,
  valid_to: to,
  job_family: 'family-worker',
  grade,
  grade_since: since,
  team: 'North Family Support',
  zone: 'North',
  fte,
});

const spec = projectionSpec(placementProjection);

describe('placement: where each person was, when', () => {
  it('a joiner is placed from the day they joined, open-ended, with FTE = hours / 37', () => {
    spec
      .given(joined('a', 'L1', '2020-01-06', 18.5))
      .then({ workforce_segment: [segment('2020-01-06', null, 'L1', '2020-01-06', 0.5)] });
  });

  it('a grade change starts a new segment; leaving closes the last one', () => {
    spec
      .given(
        joined('a', 'L1', '2020-01-06'),
        regraded('a', 'L1', 'L2', '2021-04-01'),
        left('a', '2022-09-30'),
      )
      .then({
        workforce_segment: [
          segment('2020-01-06', '2021-04-01', 'L1', '2020-01-06'),
          segment('2021-04-01', '2022-09-30', 'L2', '2021-04-01'),
        ],
      });
  });

  it('a grade change recorded after the leaving lands in place, by its date', () => {
    spec
      .given(
        joined('a', 'L1', '2020-01-06'),
        left('a', '2022-09-30'),
        regraded('a', 'L1', 'L2', '2021-04-01'),
      )
      .then({
        workforce_segment: [
          segment('2020-01-06', '2021-04-01', 'L1', '2020-01-06'),
          segment('2021-04-01', '2022-09-30', 'L2', '2021-04-01'),
        ],
      });
  });

  it('a retracted grade change never happened: the person is placed as if it was not recorded', () => {
    spec
      .given(
        joined('a', 'L1', '2020-01-06'),
        { ...regraded('a', 'L1', 'L2', '2021-04-01'), eventId: 'wrong-grade' },
        retracted('a', 'wrong-grade', '2021-05-01'),
      )
      .then({ workforce_segment: [segment('2020-01-06', null, 'L1', '2020-01-06')] });
  });

  it('counts heads and FTE on a date by grade: a leaver counts until the day they left', () => {
    spec
      .given(
        joined('a', 'L1', '2020-01-06'),
        joined('b', 'L1', '2020-01-06', 18.5),
        joined('c', 'L2', '2020-03-02'),
        left('b', '2020-06-30'),
      )
      .thenQuery(
        (db) => headcount(db, { asOf: '2020-06-29', groupBy: ['grade'] }),
        E.right([
          { group: { grade: 'L1' }, headcount: 2, fte: 1.5 },
          { group: { grade: 'L2' }, headcount: 1, fte: 1 },
        ]),
      );
  });

  it('time in grade counts whole months since the last change of grade', () => {
    spec.given(joined('a', 'L1', '2020-01-06'), regraded('a', 'L1', 'L2', '2021-04-01')).thenQuery(
      (db) => timeInGrade(db, { asOf: '2021-09-30' }),
      E.right([
        {
          staffId: 'a',
          jobFamily: 'family-worker',
          grade: 'L2',
          team: 'North Family Support',
          since: '2021-04-01',
          months: 5,
        },
      ]),
    );
  });
});
