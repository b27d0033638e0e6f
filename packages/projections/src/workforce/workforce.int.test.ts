import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { familyWorkerFramework } from '@ladder/domain';
import { getMemoryEventStore } from '@ladder/event-store';
import type { JsonValue } from '@ladder/event-store';
import { anEvent } from '../../test/events';
import { staffDirectoryProjection } from '../directory/projection';
import { staffMember } from '../directory/queries';
import { openReadModels } from '../runner/read-model-db';
import { startRunner } from '../runner/runner';
import { workforceProjection } from './projection';
import { spanOfControlBreaches } from './line-management/queries';
import { headcount, timeInGrade } from './placement/queries';

const on = (type: string, date: string, data: JsonValue) => ({
  ...anEvent(type, data),
  effectiveAt: `${date}T09:00:00.000Z`,
});
const joined = (staffId: string, grade: string, date: string, hours = 37) =>
  on('StaffJoined', date, {
    staffId,
    jobFamily: 'family-worker',
    grade,
    team: 'North Family Support',
    zone: 'North',
    contractedHours: hours,
    joinedOn: date,
  });

describe('workforce read model', () => {
  it('finds span-of-control breaches on a date, and places late grade records in time', async () => {
    const store = getMemoryEventStore();
    const db = openReadModels(join(mkdtempSync(join(tmpdir(), 'ladder-wf-')), 'read.db'));
    await store.append('framework-family-worker', [
      on('CareerFrameworkPublished', '2017-07-20', {
        document: familyWorkerFramework,
        publishedOn: '2017-07-20',
      }),
    ]);
    await store.append('staff-m1', [joined('m1', 'L2', '2020-01-01')]);
    for (let i = 1; i <= 6; i++)
      await store.append(`staff-r${i}`, [joined(`r${i}`, 'L1', '2020-01-01', 18.5)]);
    // Six reports for an L2 (span 5): arrives as facts, e.g. a merger of two teams' records.
    for (let i = 1; i <= 6; i++)
      await store.append('staff-m1', [
        on('LineManagerAssigned', `2020-02-0${i}`, {
          managerId: 'm1',
          reportId: `r${i}`,
          assignedOn: `2020-02-0${i}`,
        }),
      ]);
    await store.append('staff-m1', [
      on('LineManagementEnded', '2020-03-01', {
        managerId: 'm1',
        reportId: 'r6',
        endedOn: '2020-03-01',
      }),
    ]);
    // A promotion recorded late, after a later leaver was already recorded.
    await store.append('staff-r1', [on('StaffLeft', '2021-06-30', { leftOn: '2021-06-30' })]);
    await store.append('staff-r1', [
      on('GradeChanged', '2021-01-01', { from: 'L1', to: 'L2', changedOn: '2021-01-01' }),
    ]);
    const runner = startRunner({
      store,
      db,
      projections: [workforceProjection, staffDirectoryProjection],
    });
    await runner.caughtUp;
    await runner.stop();

    expect(spanOfControlBreaches(db, { asOf: '2020-02-05' })).toEqual(E.right([]));
    expect(spanOfControlBreaches(db, { asOf: '2020-02-10' })).toEqual(
      E.right([
        {
          managerId: 'm1',
          jobFamily: 'family-worker',
          grade: 'L2',
          limit: 5,
          reports: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'],
        },
      ]),
    );
    expect(spanOfControlBreaches(db, { asOf: '2020-03-01' })).toEqual(E.right([]));

    const byGrade = (date: string) =>
      E.map((rows: { group: { grade?: string }; headcount: number; fte: number }[]) =>
        rows.map((r) => [r.group.grade, r.headcount, r.fte]),
      )(headcount(db, { asOf: date, groupBy: ['grade'] }));
    expect(byGrade('2020-12-31')).toEqual(
      E.right([
        ['L1', 6, 3],
        ['L2', 1, 1],
      ]),
    );
    expect(byGrade('2021-01-01')).toEqual(
      E.right([
        ['L1', 5, 2.5],
        ['L2', 2, 1.5],
      ]),
    );
    expect(byGrade('2021-06-30')).toEqual(
      E.right([
        ['L1', 5, 2.5],
        ['L2', 1, 1],
      ]),
    );

    const r1 = E.map((rows: { staffId: string; grade: string; since: string; months: number }[]) =>
      rows.filter((r) => r.staffId === 'r1'),
    )(timeInGrade(db, { asOf: '2021-05-15' }));
    expect(r1).toEqual(
      E.right([expect.objectContaining({ grade: 'L2', since: '2021-01-01', months: 4 })]),
    );
    expect(staffMember(db, 'r2')).toMatchObject({
      grade: 'L1',
      lineManagerId: 'm1',
      status: 'active',
    });
    expect(staffMember(db, 'r6')).toMatchObject({ lineManagerId: null });
    expect(staffMember(db, 'r1')).toMatchObject({
      grade: 'L2',
      gradeSince: '2021-01-01',
      status: 'left',
    });
    expect(headcount(db, { asOf: '2021-13-01' })).toEqual(
      E.left(expect.objectContaining({ field: 'asOf' })),
    );
  });
});
