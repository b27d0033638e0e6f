import * as E from 'fp-ts/Either';
import { describe, it } from 'vitest';
import { StreamId } from '@ladder/domain';
import { fact, projectionSpec } from '../../../test/spec';
import { familyWorkerFramework } from '@ladder/domain';
import { familyWorkerLadder, joined, retracted } from '../../../test/staff-facts';
import { frameworksProjection } from '../frameworks/projection';
import { placementProjection } from '../placement/projection';
import { lineManagementProjection } from './projection';
import { spanOfControlBreaches } from './queries';

const staff = StreamId.staff;
// Recorded on the manager's stream: span of control is the manager's limit.
const assigned = (manager: string, report: string, on: string, eventId?: string) =>
  fact(
    staff(manager),
    'LineManagerAssigned',
    { managerId: manager, reportId: report, assignedOn: on },
    eventId === undefined ? {} : { eventId },
  );
const ended = (manager: string, report: string, on: string, eventId?: string) =>
  fact(
    staff(manager),
    'LineManagementEnded',
    { managerId: manager, reportId: report, endedOn: on },
    eventId === undefined ? {} : { eventId },
  );
const line = (report: string, from: string, to: string | null, id: string, end: string | null) => ({
  event_id: id,
  manager_id: 'm',
  report_id: report,
  from_date: from,
  to_date: to,
  end_event_id: end,
});

const lines = projectionSpec(lineManagementProjection);

describe('line management: who managed whom, when', () => {
  it('an assignment is open until it is ended, and the ending is named', () => {
    lines
      .given(assigned('m', 'r', '2020-02-03', 'a1'), ended('m', 'r', '2020-05-01', 'e1'))
      .then({ workforce_line: [line('r', '2020-02-03', '2020-05-01', 'a1', 'e1')] });
  });

  it('a retracted ending reopens the line; a retracted assignment never was', () => {
    lines
      .given(
        assigned('m', 'r', '2020-02-03', 'a1'),
        ended('m', 'r', '2020-05-01', 'e1'),
        retracted('m', 'e1'),
        assigned('m', 's', '2020-02-03', 'a2'),
        retracted('m', 'a2'),
      )
      .then({ workforce_line: [line('r', '2020-02-03', null, 'a1', null)] });
  });

  it('an ending closes the latest open line of the pair, not an earlier one', () => {
    lines
      .given(
        assigned('m', 'r', '2020-01-06', 'a1'),
        ended('m', 'r', '2020-03-01', 'e1'),
        assigned('m', 'r', '2020-06-01', 'a2'),
        ended('m', 'r', '2020-09-01', 'e2'),
      )
      .then({
        workforce_line: [
          line('r', '2020-01-06', '2020-03-01', 'a1', 'e1'),
          line('r', '2020-06-01', '2020-09-01', 'a2', 'e2'),
        ],
      });
  });
});

describe('span of control, read with the placement read model', () => {
  const spec = projectionSpec(placementProjection, lineManagementProjection, frameworksProjection);
  const sixReports = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];

  it('an L2 with six reports on a date is over their limit of five', () => {
    spec
      .given(
        familyWorkerLadder(),
        joined('m', 'L2', '2020-01-06'),
        ...sixReports.map((r) => joined(r, 'L1', '2020-01-06')),
        ...sixReports.map((r, i) => assigned('m', r, `2020-02-0${i + 1}`)),
        ended('m', 'r6', '2020-03-01'),
      )
      .thenQuery(
        (db) => [
          spanOfControlBreaches(db, { asOf: '2020-02-05' }),
          spanOfControlBreaches(db, { asOf: '2020-02-06' }),
          spanOfControlBreaches(db, { asOf: '2020-03-01' }),
        ],
        [
          E.right([]),
          E.right([
            {
              managerId: 'm',
              jobFamily: 'family-worker',
              grade: 'L2',
              limit: 5,
              reports: sixReports,
            },
          ]),
          E.right([]),
        ],
      );
  });

  it('an L1 may manage no one, so one report is a breach', () => {
    spec
      .given(
        familyWorkerLadder(),
        joined('m', 'L1', '2020-01-06'),
        joined('r', 'L1', '2020-01-06'),
        assigned('m', 'r', '2020-02-03'),
      )
      .thenQuery(
        (db) => spanOfControlBreaches(db, { asOf: '2020-02-03' }),
        E.right([
          { managerId: 'm', jobFamily: 'family-worker', grade: 'L1', limit: 0, reports: ['r'] },
        ]),
      );
  });
});

describe('a span of control changed by a later framework version', () => {
  const spec = projectionSpec(placementProjection, lineManagementProjection, frameworksProjection);
  const sixReports = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
  // Version 2 lets a Level 2 manage 8 from 1 April 2021: it does not rewrite 2020.
  const v2 = fact(StreamId.framework('family-worker'), 'CareerFrameworkPublished', {
    document: {
      ...familyWorkerFramework,
      version: 2,
      effectiveFrom: '2021-04-01',
      grades: familyWorkerFramework.grades.map((g) =>
        g.code === 'L2' ? { ...g, spanOfControl: 8 } : g,
      ),
    },
    publishedOn: '2021-03-01',
  });

  it('judges each date by the span in force that day', () => {
    spec
      .given(
        familyWorkerLadder(),
        joined('m', 'L2', '2020-01-06'),
        ...sixReports.map((r) => joined(r, 'L1', '2020-01-06')),
        ...sixReports.map((r, i) => assigned('m', r, `2020-02-0${i + 1}`)),
        v2,
      )
      .thenQuery(
        (db) => [
          E.map((b: { limit: number }[]) => b.map((x) => x.limit))(
            spanOfControlBreaches(db, { asOf: '2021-03-31' }),
          ),
          spanOfControlBreaches(db, { asOf: '2021-04-01' }),
        ],
        [E.right([5]), E.right([])],
      );
  });
});
