import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { command, event } from '../../test/build';
import { spec } from '../../test/spec';
import { CaseloadCommand } from '../commands/caseload';
import type { FrameworkCatalogue } from '../frameworks/catalogue';
import { FrameworkDocument } from '../frameworks/document';
import { seedFrameworks, socialWorkerFramework } from '../frameworks/seeds';
import { caseloadDecider } from './decider';
import { emergencyLapsed, evolveAllocation, type AllocationState } from './state';

// The seed's rules, one spec each. Bexley: "Due to the clearly identified nature of a few
// cases they are not allocated to certain levels on a departmental policy basis i.e. those
// likely to affect the liberty of clients."

const allocation = spec(caseloadDecider(seedFrameworks));
const cmd = (type: string, data: unknown, at?: string) =>
  command(
    CaseloadCommand,
    type,
    data,
    at === undefined ? { actor: manager } : { actor: manager, at },
  );
const manager = { id: 'tm-1', role: 'manager' };

const opening = {
  caseReference: 'CIN-004211',
  team: 'Assessment East',
  complexity: 4,
  libertyFlags: ['care-or-court-proceedings'],
  openedOn: '2024-05-01',
};
const opened = event('CaseOpened', opening);
const sw = (staffId: string, grade: string, casesHeld = 3, fte = 1) => ({
  staffId,
  jobFamily: 'social-worker',
  grade,
  team: 'Assessment East',
  fte,
  casesHeld,
});
const fw = (staffId: string, grade: string) => ({
  ...sw(staffId, grade),
  jobFamily: 'family-worker',
});

describe('a case', () => {
  it('opens with a reference, a team, a complexity and its liberty flags', () => {
    allocation.given().when(cmd('OpenCase', opening)).then(opened);
  });

  it('is a reference, never a name', () => {
    expect(() => cmd('OpenCase', { ...opening, caseReference: 'Jane Smith' })).toThrow(
      /caseReference must be CaseReference/,
    );
    expect(() => cmd('OpenCase', { ...opening, complexity: 5 })).toThrow(/complexity/);
  });

  it('opens once', () => {
    allocation.given(opened).when(cmd('OpenCase', opening)).thenFails('CaseAlreadyOpened');
  });

  it('is opened before it is allocated', () => {
    allocation
      .given()
      .when(cmd('AllocateCase', { allocatedOn: '2024-05-02', worker: sw('sw-3', 'SW3') }))
      .thenFails('CaseNotOpened');
  });
});

describe('liberty-affecting cases', () => {
  it('go to SW3 ("full responsibility … where personal liberty or safety is at stake")', () => {
    allocation
      .given(opened)
      .when(cmd('AllocateCase', { allocatedOn: '2024-05-02', worker: sw('sw-3', 'SW3') }))
      .then(
        event('CaseAllocated', {
          staffId: 'sw-3',
          jobFamily: 'social-worker',
          grade: 'SW3',
          frameworkVersion: 1,
          casesHeld: 4,
          allocatedOn: '2024-05-02',
        }),
      );
  });

  it('are refused to SW2, naming the rule and the framework version', () => {
    const decided = caseloadDecider(seedFrameworks).decide(
      cmd('AllocateCase', {
        allocatedOn: '2024-05-02',
        worker: sw('sw-2', 'SW2'),
      }),
      evolveAllocation({ status: 'none' }, event('CaseOpened', { ...opening, complexity: 3 })),
    );
    expect(E.isLeft(decided) && decided.left.code).toBe('LibertyAffectingCaseRefused');
    if (E.isLeft(decided)) {
      expect(decided.left.rule).toContain('v1');
      expect(decided.left.rule).toContain('only in an emergency');
      expect(decided.left.message).toContain('care-or-court-proceedings');
    }
  });

  it('are never allocated to family workers, not even in an emergency', () => {
    const easy = event('CaseOpened', { ...opening, complexity: 1 });
    allocation
      .given(easy)
      .when(cmd('AllocateCase', { allocatedOn: '2024-05-02', worker: fw('fw-3', 'L3') }))
      .thenFails('LibertyAffectingCaseRefused');
    allocation
      .given(easy)
      .when(
        cmd('EmergencyAllocateCase', {
          startsAt: '2024-05-02T22:00:00Z',
          reason: 'out of hours',
          worker: fw('fw-3', 'L3'),
        }),
      )
      .thenFails('LibertyAffectingCaseRefused');
  });
});

describe('emergency allocations', () => {
  const complex = event('CaseOpened', { ...opening, complexity: 3 });
  const emergency = {
    startsAt: '2024-05-03T21:30:00Z',
    reason: 'police protection overnight; no SW3 on duty',
    worker: sw('sw-2', 'SW2'),
  };
  const emergencyAllocated = event('CaseEmergencyAllocated', {
    staffId: 'sw-2',
    jobFamily: 'social-worker',
    grade: 'SW2',
    frameworkVersion: 1,
    casesHeld: 4,
    startsAt: '2024-05-03T21:30:00Z',
    expiresAt: '2024-05-06T21:30:00.000Z',
    allocatedOn: '2024-05-03',
  });

  it('give an SW2 a liberty-affecting case with a reason, for the framework’s 72 hours', () => {
    allocation
      .given(complex)
      .when(cmd('EmergencyAllocateCase', emergency))
      .then(emergencyAllocated);
  });

  it('lapse at their expiry, and are not renewed to the same worker', () => {
    const state = [complex, emergencyAllocated].reduce<AllocationState>(evolveAllocation, {
      status: 'none',
    });
    const holder = state.status === 'none' ? null : state.holder;
    expect(emergencyLapsed(holder, '2024-05-06T21:29:59Z')).toBe(false);
    expect(emergencyLapsed(holder, '2024-05-06T21:30:00Z')).toBe(true);
    allocation
      .given(complex, emergencyAllocated)
      .when(cmd('EmergencyAllocateCase', { ...emergency, startsAt: '2024-05-06T22:00:00Z' }))
      .thenFails('EmergencyAllocationNotRenewable');
    allocation
      .given(complex, emergencyAllocated)
      .when(cmd('ReallocateCase', { reallocatedOn: '2024-05-06', worker: sw('sw-2', 'SW2') }))
      .thenFails('LibertyAffectingCaseRefused');
  });

  it('end when an SW3 takes the case over', () => {
    allocation
      .given(complex, emergencyAllocated)
      .when(cmd('ReallocateCase', { reallocatedOn: '2024-05-06', worker: sw('sw-3', 'SW3', 9) }))
      .then(
        event('CaseReallocated', {
          staffId: 'sw-3',
          jobFamily: 'social-worker',
          grade: 'SW3',
          frameworkVersion: 1,
          casesHeld: 10,
          fromStaffId: 'sw-2',
          reallocatedOn: '2024-05-06',
        }),
      );
  });

  it('are not for a case the grade may hold in the ordinary way', () => {
    allocation
      .given(complex)
      .when(cmd('EmergencyAllocateCase', { ...emergency, worker: sw('sw-3', 'SW3') }))
      .thenFails('EmergencyAllocationNotNeeded');
    allocation
      .given(event('CaseOpened', { ...opening, complexity: 2, libertyFlags: [] }))
      .when(cmd('EmergencyAllocateCase', emergency))
      .thenFails('EmergencyAllocationNotNeeded');
  });

  it('do not lift the complexity cap (SW2 takes "complex", not "particularly complex")', () => {
    allocation
      .given(opened)
      .when(cmd('EmergencyAllocateCase', emergency))
      .thenFails('ComplexityAboveGrade');
  });
});

describe('complexity caps', () => {
  const ordinary = (complexity: number) =>
    event('CaseOpened', { ...opening, complexity, libertyFlags: [] });
  const allocate = (worker: unknown) => cmd('AllocateCase', { allocatedOn: '2024-05-02', worker });

  it('follow the grade: Dorset allocates "those of more complexity" to higher levels', () => {
    allocation
      .given(ordinary(2))
      .when(allocate(fw('fw-1', 'L1')))
      .thenFails('ComplexityAboveGrade');
    allocation
      .given(ordinary(2))
      .when(allocate(fw('fw-2', 'L2')))
      .then(
        event('CaseAllocated', {
          staffId: 'fw-2',
          jobFamily: 'family-worker',
          grade: 'L2',
          frameworkVersion: 1,
          casesHeld: 4,
          allocatedOn: '2024-05-02',
        }),
      );
    allocation
      .given(ordinary(4))
      .when(allocate(sw('sw-2', 'SW2')))
      .thenFails('ComplexityAboveGrade');
  });
});

describe('the caseload limit per FTE', () => {
  it('raises a flag on the allocation, not a refusal (18 per FTE for social workers)', () => {
    const easy = event('CaseOpened', { ...opening, complexity: 2, libertyFlags: [] });
    allocation
      .given(easy)
      .when(cmd('AllocateCase', { allocatedOn: '2024-05-02', worker: sw('sw-9', 'SW2', 9, 0.5) }))
      .then(
        event('CaseAllocated', {
          staffId: 'sw-9',
          jobFamily: 'social-worker',
          grade: 'SW2',
          frameworkVersion: 1,
          casesHeld: 10,
          allocatedOn: '2024-05-02',
          overLimit: { limit: 9 },
        }),
      );
  });
});

describe('the framework in force on the allocation date', () => {
  it('judges the allocation, and a version without caseload rules means the safe default', () => {
    const { caseload: _, ...withoutRules } = socialWorkerFramework;
    const bare = FrameworkDocument.decode({
      ...withoutRules,
      grades: socialWorkerFramework.grades.map(({ caseload: _c, ...g }) => g),
    });
    if (E.isLeft(bare)) throw new TypeError('a framework without caseload rules must decode');
    const older: FrameworkCatalogue = [bare.right];
    const decided = caseloadDecider(older).decide(
      cmd('AllocateCase', { allocatedOn: '2024-05-02', worker: sw('sw-3', 'SW3') }),
      evolveAllocation({ status: 'none' }, event('CaseOpened', { ...opening, complexity: 2 })),
    );
    expect(E.isLeft(decided) && decided.left.code).toBe('ComplexityAboveGrade');
    if (E.isLeft(decided)) expect(decided.left.rule).toContain('sets no caseload rule for SW3');
  });

  it('is the version in force on the allocation date, named in the refusal', () => {
    const v2 = FrameworkDocument.decode({
      ...socialWorkerFramework,
      version: 2,
      effectiveFrom: '2025-01-01',
      grades: socialWorkerFramework.grades.map((g) => ({
        ...g,
        caseload: { libertyAffectingCases: 'hold', highestComplexity: 4 },
      })),
    });
    if (E.isLeft(v2)) throw new TypeError('version 2 must decode');
    const both = caseloadDecider([socialWorkerFramework, v2.right]);
    const state = evolveAllocation(
      { status: 'none' },
      event('CaseOpened', { ...opening, openedOn: '2024-12-01' }),
    );
    const before = both.decide(
      cmd('AllocateCase', { allocatedOn: '2024-12-31', worker: sw('sw-2', 'SW2') }),
      state,
    );
    expect(E.isLeft(before) && before.left.rule).toMatch(/ v1: Social Worker SW2 holds/);
    const after = both.decide(
      cmd('AllocateCase', { allocatedOn: '2025-01-02', worker: sw('sw-2', 'SW2') }),
      state,
    );
    expect(E.isRight(after) && after.right[0]?.data).toMatchObject({ frameworkVersion: 2 });
  });

  it('has to exist', () => {
    allocation
      .given(opened)
      .when(cmd('AllocateCase', { allocatedOn: '2010-01-04', worker: sw('sw-3', 'SW3') }))
      .thenFails('DatesOutOfOrder');
    allocation
      .given(event('CaseOpened', { ...opening, openedOn: '2010-01-01' }))
      .when(cmd('AllocateCase', { allocatedOn: '2010-01-04', worker: sw('sw-3', 'SW3') }))
      .thenFails('NoFrameworkInForce');
  });
});

describe('moving and closing', () => {
  const held = event('CaseAllocated', {
    staffId: 'sw-3',
    jobFamily: 'social-worker',
    grade: 'SW3',
    frameworkVersion: 1,
    casesHeld: 4,
    allocatedOn: '2024-05-02',
  });

  it('an allocated case is reallocated, not allocated again', () => {
    allocation
      .given(opened, held)
      .when(cmd('AllocateCase', { allocatedOn: '2024-05-09', worker: sw('sw-4', 'SW3') }))
      .thenFails('CaseAlreadyAllocated');
    allocation
      .given(opened)
      .when(cmd('ReallocateCase', { reallocatedOn: '2024-05-09', worker: sw('sw-4', 'SW3') }))
      .thenFails('CaseNotAllocated');
    allocation
      .given(opened, held)
      .when(cmd('ReallocateCase', { reallocatedOn: '2024-05-09', worker: sw('sw-3', 'SW3') }))
      .thenFails('CaseAlreadyHeldByWorker');
  });

  it('is flagged for reallocation when its holder leaves, once', () => {
    const flag = { staffId: 'sw-3', cause: 'worker-left', flaggedOn: '2024-07-31' };
    allocation
      .given(opened, held)
      .when(cmd('FlagCaseForReallocation', flag))
      .then(event('CaseNeedsReallocation', flag));
    allocation
      .given(opened, held, event('CaseNeedsReallocation', flag))
      .when(cmd('FlagCaseForReallocation', flag))
      .then();
    allocation
      .given(opened, held)
      .when(cmd('FlagCaseForReallocation', { ...flag, staffId: 'sw-8' }))
      .then();
  });

  it('closes on or after its current allocation', () => {
    allocation
      .given(opened, held)
      .when(cmd('CloseCase', { closedOn: '2024-05-01' }))
      .thenFails('DatesOutOfOrder');
  });

  it('closes, and then takes no allocation', () => {
    const closing = event('CaseClosed', { closedOn: '2024-09-30' });
    allocation
      .given(opened, held)
      .when(cmd('CloseCase', { closedOn: '2024-09-30' }))
      .then(closing);
    allocation
      .given(opened, closing)
      .when(cmd('AllocateCase', { allocatedOn: '2024-10-02', worker: sw('sw-3', 'SW3') }))
      .thenFails('CaseAlreadyClosed');
  });
});
