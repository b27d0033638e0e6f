import { describe, expect, it } from 'vitest';
import { event } from '../../test/build';
import type { StaffEvent } from '../events/staff';
import { seedFrameworks } from '../frameworks/seeds';
import { NonEmptyString } from '../primitives/strings';
import { IsoDateTime } from '../primitives/time';
import {
  foldCaseload,
  noCaseloadFacts,
  reactToWorkerChange,
  workerCasesOf,
  type CaseloadProcessFact,
} from './caseload-process';

const id = (s: string) => {
  if (!NonEmptyString.is(s)) throw new TypeError(s);
  return s;
};
const at = (s: string) => {
  if (!IsoDateTime.is(s)) throw new TypeError(s);
  return s;
};

const judged = (staffId: string, grade: string) => ({
  staffId,
  jobFamily: 'social-worker',
  grade,
  frameworkVersion: 1,
  casesHeld: 1,
});
const opened = (ref: string, complexity: number, libertyFlags: string[]) =>
  event('CaseOpened', {
    caseReference: ref,
    team: 'East',
    complexity,
    libertyFlags,
    openedOn: '2024-01-02',
  });

const facts = (
  [
    {
      kind: 'staff',
      staffId: id('sw-3'),
      event: event('StaffJoined', {
        staffId: 'sw-3',
        jobFamily: 'social-worker',
        grade: 'SW3',
        team: 'East',
        zone: 'Z',
        contractedHours: 37,
        joinedOn: '2020-01-01',
      }),
    },
    {
      kind: 'case',
      caseReference: 'CIN-0001',
      event: opened('CIN-0001', 4, ['secure-accommodation']),
    },
    {
      kind: 'case',
      caseReference: 'CIN-0001',
      event: event('CaseAllocated', { ...judged('sw-3', 'SW3'), allocatedOn: '2024-01-03' }),
    },
    { kind: 'case', caseReference: 'CIN-0002', event: opened('CIN-0002', 2, []) },
    {
      kind: 'case',
      caseReference: 'CIN-0002',
      event: event('CaseAllocated', { ...judged('sw-3', 'SW3'), allocatedOn: '2024-01-03' }),
    },
    { kind: 'case', caseReference: 'CIN-0003', event: opened('CIN-0003', 2, []) },
    {
      kind: 'case',
      caseReference: 'CIN-0003',
      event: event('CaseAllocated', { ...judged('sw-3', 'SW3'), allocatedOn: '2024-01-03' }),
    },
    {
      kind: 'case',
      caseReference: 'CIN-0003',
      event: event('CaseClosed', { closedOn: '2024-02-01' }),
    },
  ] satisfies CaseloadProcessFact[]
).reduce(foldCaseload, noCaseloadFacts);

const cause = (ev: StaffEvent) => ({
  eventId: 'ev-1',
  correlationId: 'c-1',
  recordedAt: at('2024-06-01T10:00:00Z'),
  staffId: id('sw-3'),
  event: ev,
});

describe('the caseload process', () => {
  it('flags every open case of a worker who leaves, for their manager to reallocate', () => {
    const sent = reactToWorkerChange(
      workerCasesOf(facts, 'sw-3'),
      seedFrameworks,
      cause(event('StaffLeft', { leftOn: '2024-05-31' })),
    );
    expect(sent.map((c) => [c.stream.id, c.command.type, c.command.data])).toEqual([
      [
        'CIN-0001',
        'FlagCaseForReallocation',
        { staffId: 'sw-3', cause: 'worker-left', flaggedOn: '2024-05-31' },
      ],
      [
        'CIN-0002',
        'FlagCaseForReallocation',
        { staffId: 'sw-3', cause: 'worker-left', flaggedOn: '2024-05-31' },
      ],
    ]);
  });

  it('flags only the cases a lower grade may not hold (SW3 → SW2: the liberty-affecting one)', () => {
    const sent = reactToWorkerChange(
      workerCasesOf(facts, 'sw-3'),
      seedFrameworks,
      cause(event('GradeChanged', { from: 'SW3', to: 'SW2', changedOn: '2024-06-01' })),
    );
    expect(sent.map((c) => [c.stream.id, c.command.data])).toEqual([
      ['CIN-0001', { staffId: 'sw-3', cause: 'grade-below-case', flaggedOn: '2024-06-01' }],
    ]);
    // The same causing event gives the same command ids: a restart writes nothing twice.
    const again = reactToWorkerChange(
      workerCasesOf(facts, 'sw-3'),
      seedFrameworks,
      cause(event('GradeChanged', { from: 'SW3', to: 'SW2', changedOn: '2024-06-01' })),
    );
    expect(again.map((c) => c.commandId)).toEqual(sent.map((c) => c.commandId));
  });
});
