import * as E from 'fp-ts/Either';
import { describe, it } from 'vitest';
import { seedFrameworks, StreamId } from '@ladder/domain';
import { fact, projectionSpec } from '../../test/spec';
import { frameworksProjection } from '../workforce/frameworks/projection';
import { placementProjection } from '../workforce/placement/projection';
import { caseloadProjection } from './projection';
import {
  caseloadByTeam,
  caseloadPerWorker,
  casesHeldAgainstRule,
  casesHeldOn,
  casesNeedingReallocation,
  emergencyAllocations,
  unallocatedCases,
} from './queries';

const spec = projectionSpec(placementProjection, frameworksProjection, caseloadProjection);
const allocation = StreamId.allocation;

const published = seedFrameworks.map((document) =>
  fact(StreamId.framework(document.family), 'CareerFrameworkPublished', {
    document,
    publishedOn: '2017-01-02',
  }),
);
const joined = (
  staffId: string,
  grade: string,
  team: string,
  hours = 37,
  family = 'social-worker',
) =>
  fact(StreamId.staff(staffId), 'StaffJoined', {
    staffId,
    jobFamily: family,
    grade,
    team,
    zone: 'Bexley',
    contractedHours: hours,
    joinedOn: '2020-01-01',
  });
const opened = (ref: string, complexity: number, libertyFlags: string[], on = '2024-05-01') =>
  fact(allocation(ref), 'CaseOpened', {
    caseReference: ref,
    team: 'East',
    complexity,
    libertyFlags,
    openedOn: on,
  });
const judged = (staffId: string, grade: string) => ({
  staffId,
  jobFamily: 'social-worker',
  grade,
  frameworkVersion: 1,
  casesHeld: 1,
});
const allocated = (ref: string, staffId: string, grade: string, on: string) =>
  fact(allocation(ref), 'CaseAllocated', { ...judged(staffId, grade), allocatedOn: on });

const history = [
  ...published,
  joined('sw-2', 'SW2', 'East', 18.5),
  joined('sw-3', 'SW3', 'East'),
  joined('fw-1', 'L1', 'Early Help', 37, 'family-worker'),
  opened('CIN-0001', 2, []),
  allocated('CIN-0001', 'sw-2', 'SW2', '2024-05-02'),
  opened('CIN-0002', 4, ['care-or-court-proceedings']),
  allocated('CIN-0002', 'sw-3', 'SW3', '2024-05-02'),
  opened('CIN-0003', 3, ['secure-accommodation']),
  fact(allocation('CIN-0003'), 'CaseEmergencyAllocated', {
    ...judged('sw-2', 'SW2'),
    startsAt: '2024-05-03T21:30:00Z',
    expiresAt: '2024-05-06T21:30:00.000Z',
    allocatedOn: '2024-05-03',
  }),
  opened('CIN-0004', 1, [], '2024-05-10'),
  fact(allocation('CIN-0001'), 'CaseReallocated', {
    ...judged('sw-3', 'SW3'),
    fromStaffId: 'sw-2',
    reallocatedOn: '2024-06-01',
  }),
  fact(allocation('CIN-0002'), 'CaseClosed', { closedOn: '2024-09-01' }),
  fact(StreamId.staff('sw-3'), 'GradeChanged', { from: 'SW3', to: 'SW2', changedOn: '2024-07-01' }),
  opened('CIN-0005', 2, []),
  allocated('CIN-0005', 'sw-3', 'SW3', '2024-05-02'),
  fact(allocation('CIN-0005'), 'CaseNeedsReallocation', {
    staffId: 'sw-3',
    cause: 'worker-left',
    flaggedOn: '2024-09-30',
  }),
];

describe('caseload: who held which case when', () => {
  const given = spec.given(...history);

  it('counts the cases each worker held on a date (the census engineer’s casesHeldOn)', () => {
    given.thenQuery(
      (db) =>
        E.map((m: ReadonlyMap<string, number>) => [...m].sort())(casesHeldOn(db, '2024-05-04')),
      E.right<never, [string, number][]>([
        ['sw-2', 2],
        ['sw-3', 2],
      ]),
    );
    given.thenQuery(
      (db) =>
        E.map((m: ReadonlyMap<string, number>) => [...m].sort())(casesHeldOn(db, '2024-09-30')),
      E.right<never, [string, number][]>([
        ['sw-2', 1],
        ['sw-3', 2],
      ]),
    );
    given.thenQuery((db) => E.isLeft(casesHeldOn(db, '30/09/2024')), true);
  });

  it('answers each worker’s caseload against the limit for their FTE', () => {
    given.thenQuery(
      (db) =>
        E.map(
          (
            rows: readonly {
              staffId: string;
              cases: number;
              limit: number | null;
              libertyAffecting: number;
              emergencies: number;
            }[],
          ) => rows.map((r) => [r.staffId, r.cases, r.libertyAffecting, r.emergencies, r.limit]),
        )(caseloadPerWorker(db, { asOf: '2024-05-04' })),
      E.right([
        ['fw-1', 0, 0, 0, 15],
        ['sw-2', 2, 1, 1, 9],
        ['sw-3', 2, 1, 0, 18],
      ]),
    );
  });

  it('gives the DfE measure by team: cases ÷ case-holder FTE', () => {
    given.thenQuery(
      (db) => caseloadByTeam(db, { asOf: '2024-05-04' }),
      E.right([{ team: 'East', caseHolders: 2, caseHolderFte: 1.5, cases: 4, caseload: 2.7 }]),
    );
  });

  it('lists unallocated cases', () => {
    given.thenQuery(
      (db) =>
        E.map((rows: readonly { caseReference: string }[]) => rows.map((r) => r.caseReference))(
          unallocatedCases(db, { asOf: '2024-05-20' }),
        ),
      E.right(['CIN-0004']),
    );
  });

  it('lists emergency allocations due for review, then lapsed', () => {
    given.thenQuery(
      (db) =>
        E.map((rows: readonly { caseReference: string; status: string }[]) =>
          rows.map((r) => [r.caseReference, r.status]),
        )(emergencyAllocations(db, { asOf: '2024-05-05' })),
      E.right([['CIN-0003', 'in-force']]),
    );
    given.thenQuery(
      (db) =>
        E.map((rows: readonly { caseReference: string; status: string }[]) =>
          rows.map((r) => [r.caseReference, r.status]),
        )(emergencyAllocations(db, { asOf: '2024-05-06T21:30:00Z' })),
      E.right([['CIN-0003', 'lapsed']]),
    );
  });

  it('lists cases held against the rule: a lapsed emergency, a grade now too low', () => {
    given.thenQuery(
      (db) =>
        E.map((rows: readonly { caseReference: string; reason: string }[]) =>
          rows.map((r) => [r.caseReference, r.reason]),
        )(casesHeldAgainstRule(db, { asOf: '2024-05-05' })),
      E.right([]),
    );
    given.thenQuery(
      (db) =>
        E.map((rows: readonly { caseReference: string; reason: string }[]) =>
          rows.map((r) => [r.caseReference, r.reason]),
        )(casesHeldAgainstRule(db, { asOf: '2024-08-01' })),
      E.right([
        ['CIN-0002', 'complexity-above-grade'],
        ['CIN-0003', 'emergency-lapsed'],
      ]),
    );
  });

  it('lists cases needing reallocation until someone else holds them', () => {
    given.thenQuery(
      (db) => casesNeedingReallocation(db, { asOf: '2024-10-01' }),
      E.right([
        {
          caseReference: 'CIN-0005',
          team: 'East',
          staffId: 'sw-3',
          cause: 'worker-left',
          flaggedOn: '2024-09-30',
        },
      ]),
    );
    given.thenQuery((db) => casesNeedingReallocation(db, { asOf: '2024-09-29' }), E.right([]));
  });
});
