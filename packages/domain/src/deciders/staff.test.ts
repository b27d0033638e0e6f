import { seedFrameworks } from '../frameworks/seeds';
import { describe, expect, it } from 'vitest';
import { StaffCommand } from '../commands/staff';
import { command, event } from '../../test/build';
import { spec } from '../../test/spec';
import { staffDecider } from './staff';

const staff = spec(staffDecider(seedFrameworks));
const cmd = (type: string, data: unknown, ctx?: Parameters<typeof command>[3]) =>
  command(StaffCommand, type, data, ctx);

const joinedL1 = event('StaffJoined', {
  staffId: 'fw-1',
  jobFamily: 'family-worker',
  grade: 'L1',
  team: 'Early Help West',
  zone: 'Weymouth',
  contractedHours: 37,
  joinedOn: '2021-01-04',
  personal: { name: 'Sam Carter' },
});
const joinedL2 = event('StaffJoined', { ...joinedL1.data, staffId: 'fw-2', grade: 'L2' });
const pdr = (period: string) => ({
  period,
  outcome: 'positive',
  reviewedOn: '2024-04-15',
  reviewerId: 'tm-1',
  reviewerRole: 'team-manager',
});
const left = event('StaffLeft', { leftOn: '2024-05-31' });
const assign = (reportId: string) =>
  event('LineManagerAssigned', { managerId: 'fw-2', reportId, assignedOn: '2024-01-01' });

describe('staff member', () => {
  it('joins in a grade of their job family', () => {
    staff.given().when(cmd('JoinStaff', joinedL1.data)).then(joinedL1);
  });

  it('cannot join in a grade outside their job family (SW3 is not a Family Worker grade)', () => {
    staff
      .given()
      .when(cmd('JoinStaff', { ...joinedL1.data, grade: 'SW3' }))
      .thenFails('GradeOutsideJobFamily');
  });

  it('joins only once', () => {
    staff.given(joinedL1).when(cmd('JoinStaff', joinedL1.data)).thenFails('StaffAlreadyJoined');
  });

  it('has no facts recorded before joining', () => {
    staff
      .given()
      .when(cmd('RecordQualification', { qualification: 'gcse-maths', awardedOn: '2010-08-20' }))
      .thenFails('StaffNotFound');
  });

  it('records qualifications, training, registrations, DBS checks, assessments and experience', () => {
    const facts = [
      [
        'RecordQualification',
        'QualificationRecorded',
        { qualification: 'gcse-maths', awardedOn: '2010-08-20' },
      ],
      [
        'RecordTraining',
        'TrainingCompleted',
        { course: 'cpd', completedOn: '2024-02-01', expiresOn: '2025-02-01' },
      ],
      [
        'RecordRegistration',
        'RegistrationRecorded',
        {
          regulator: 'Social Work England',
          registrationNumber: 'SW12345',
          registeredOn: '2020-01-01',
        },
      ],
      [
        'RecordRegistrationLapse',
        'RegistrationLapsed',
        { regulator: 'Social Work England', registrationNumber: 'SW12345', lapsedOn: '2024-01-01' },
      ],
      [
        'RecordDbsCheck',
        'DbsCheckRecorded',
        {
          level: 'enhanced-barred',
          checkedOn: '2023-03-01',
          updateService: true,
          personal: { certificateNumber: '001234567890' },
        },
      ],
      [
        'RecordAssessment',
        'AssessmentRecorded',
        {
          criterion: 'safeguarding-awareness',
          method: 'I',
          outcome: 'passed',
          assessorId: 'tm-1',
          assessedOn: '2024-03-01',
        },
      ],
      [
        'RecordExperience',
        'ExperienceEvidenced',
        { area: 'looked-after-children', evidencedOn: '2024-03-01' },
      ],
    ] as const;
    for (const [commandType, eventType, data] of facts)
      staff.given(joinedL1).when(cmd(commandType, data)).then(event(eventType, data));
  });

  describe('PDR', () => {
    it('records one annual PDR per period', () => {
      staff
        .given(joinedL1)
        .when(cmd('RecordPdr', pdr('2023-24')))
        .then(event('PdrRecorded', pdr('2023-24')));
    });

    it('refuses a second PDR for the same period', () => {
      staff
        .given(joinedL1, event('PdrRecorded', pdr('2023-24')))
        .when(cmd('RecordPdr', pdr('2023-24')))
        .thenFails('DuplicatePdrForPeriod');
    });

    it('accepts a PDR for the next period', () => {
      staff
        .given(joinedL1, event('PdrRecorded', pdr('2022-23')))
        .when(cmd('RecordPdr', pdr('2023-24')))
        .then(event('PdrRecorded', pdr('2023-24')));
    });

    it('accepts a corrected PDR once the mistaken one for that period is retracted', () => {
      // given-1 is the mistaken PDR's event id in the spec helper
      const retraction = event('FactRetracted', {
        retractedEventId: 'given-1',
        reason: 'recorded against the wrong person',
        retractedOn: '2024-05-01',
      });
      staff
        .given(joinedL1, event('PdrRecorded', pdr('2023-24')), retraction)
        .when(cmd('RecordPdr', pdr('2023-24')))
        .then(event('PdrRecorded', pdr('2023-24')));
    });
  });

  describe('someone who has left', () => {
    it('has no new facts recorded', () => {
      staff
        .given(joinedL1, left)
        .when(cmd('RecordPdr', pdr('2024-25')))
        .thenFails('StaffHasLeft');
    });

    it('cannot be regraded', () => {
      staff
        .given(joinedL1, left)
        .when(cmd('ChangeGrade', { to: 'L2', changedOn: '2024-06-01' }))
        .thenFails('StaffHasLeft');
    });

    it('can still have a mistaken fact retracted', () => {
      staff
        .given(
          joinedL1,
          event('QualificationRecorded', { qualification: 'ecdl', awardedOn: '2019-01-01' }),
          left,
        )
        .when(cmd('RetractFact', { eventId: 'given-1', reason: 'certificate not verified' }))
        .then(
          event('FactRetracted', {
            retractedEventId: 'given-1',
            reason: 'certificate not verified',
            retractedOn: '2024-06-03',
          }),
        );
    });
  });

  describe('span of control', () => {
    it('a Level 1 Family Worker has no line-management responsibility', () => {
      staff
        .given(joinedL1)
        .when(cmd('AssignLineManager', { reportId: 'fw-9', assignedOn: '2024-01-01' }))
        .thenFails('SpanOfControlExceeded');
    });

    it('a Level 2 Family Worker may line-manage up to 5 staff', () => {
      staff
        .given(joinedL2, assign('a'), assign('b'), assign('c'), assign('d'))
        .when(cmd('AssignLineManager', { reportId: 'e', assignedOn: '2024-01-01' }))
        .then(assign('e'));
    });

    it('a Level 2 Family Worker may not line-manage a sixth', () => {
      staff
        .given(joinedL2, assign('a'), assign('b'), assign('c'), assign('d'), assign('e'))
        .when(cmd('AssignLineManager', { reportId: 'f', assignedOn: '2024-01-01' }))
        .thenFails('SpanOfControlExceeded');
    });

    it('frees a place when line management ends', () => {
      const ended = event('LineManagementEnded', {
        managerId: 'fw-2',
        reportId: 'a',
        endedOn: '2024-02-01',
      });
      staff
        .given(joinedL2, assign('a'), assign('b'), assign('c'), assign('d'), assign('e'), ended)
        .when(cmd('AssignLineManager', { reportId: 'f', assignedOn: '2024-01-01' }))
        .then(assign('f'));
    });

    it('a report is assigned to the same manager once', () => {
      staff
        .given(joinedL2, assign('a'))
        .when(cmd('AssignLineManager', { reportId: 'a', assignedOn: '2024-01-01' }))
        .thenFails('AlreadyLineManaged');
    });

    it('nobody line-manages themselves', () => {
      staff
        .given(joinedL2)
        .when(cmd('AssignLineManager', { reportId: 'fw-2', assignedOn: '2024-01-01' }))
        .thenFails('SelfLineManagement');
    });

    it('only a current report can be released', () => {
      staff
        .given(joinedL2)
        .when(cmd('EndLineManagement', { reportId: 'a', endedOn: '2024-01-01' }))
        .thenFails('NotLineManaged');
    });

    it('a grade change may not leave someone over their span of control', () => {
      const changed = event('GradeChanged', { from: 'L1', to: 'L2', changedOn: '2023-01-01' });
      staff
        .given(
          joinedL1,
          changed,
          event('LineManagerAssigned', {
            managerId: 'fw-1',
            reportId: 'a',
            assignedOn: '2023-02-01',
          }),
        )
        .when(cmd('ChangeGrade', { to: 'L1', changedOn: '2024-01-01' }))
        .thenFails('SpanOfControlExceeded');
    });
  });

  describe('grade', () => {
    it('changes within the job family', () => {
      staff
        .given(joinedL1)
        .when(cmd('ChangeGrade', { to: 'L2', changedOn: '2024-06-01', regradeCaseId: 'rg-1' }))
        .then(
          event('GradeChanged', {
            to: 'L2',
            changedOn: '2024-06-01',
            regradeCaseId: 'rg-1',
            from: 'L1',
          }),
        );
    });

    it('never to a grade outside the job family', () => {
      staff
        .given(joinedL1)
        .when(cmd('ChangeGrade', { to: 'SW3', changedOn: '2024-06-01' }))
        .thenFails('GradeOutsideJobFamily');
    });

    it('must change the grade', () => {
      staff
        .given(joinedL1)
        .when(cmd('ChangeGrade', { to: 'L1', changedOn: '2024-06-01' }))
        .thenFails('GradeUnchanged');
    });

    it('is a no-op when the regrade process re-sends the same regrade', () => {
      const changed = event('GradeChanged', {
        from: 'L1',
        to: 'L2',
        changedOn: '2024-06-01',
        regradeCaseId: 'rg-1',
      });
      staff
        .given(joinedL1, changed)
        .when(cmd('ChangeGrade', { to: 'L2', changedOn: '2024-06-01', regradeCaseId: 'rg-1' }))
        .then();
    });

    it('is still a no-op when the re-sent regrade arrives after the person has left', () => {
      const changed = event('GradeChanged', {
        from: 'L1',
        to: 'L2',
        changedOn: '2024-06-01',
        regradeCaseId: 'rg-1',
      });
      staff
        .given(joinedL1, changed, left)
        .when(cmd('ChangeGrade', { to: 'L2', changedOn: '2024-06-01', regradeCaseId: 'rg-1' }))
        .then();
    });

    it('a new grade change for someone who has left is refused', () => {
      staff
        .given(joinedL1, left)
        .when(cmd('ChangeGrade', { to: 'L2', changedOn: '2024-06-01', regradeCaseId: 'rg-2' }))
        .thenFails('StaffHasLeft');
    });
  });

  describe('retraction', () => {
    const qualification = event('QualificationRecorded', {
      qualification: 'ecdl',
      awardedOn: '2019-01-01',
    });

    it('withdraws an earlier fact, naming it and saying why', () => {
      staff
        .given(joinedL1, qualification)
        .when(cmd('RetractFact', { eventId: 'given-1', reason: 'certificate not verified' }))
        .then(
          event('FactRetracted', {
            retractedEventId: 'given-1',
            reason: 'certificate not verified',
            retractedOn: '2024-06-03',
          }),
        );
    });

    it('names an event that exists on this record', () => {
      staff
        .given(joinedL1)
        .when(cmd('RetractFact', { eventId: 'nope', reason: 'typo' }))
        .thenFails('FactNotFound');
    });

    it('withdraws a fact only once', () => {
      const retraction = event('FactRetracted', {
        retractedEventId: 'given-1',
        reason: 'x',
        retractedOn: '2024-05-01',
      });
      staff
        .given(joinedL1, qualification, retraction)
        .when(cmd('RetractFact', { eventId: 'given-1', reason: 'again' }))
        .thenFails('FactAlreadyRetracted');
    });

    it('does not withdraw joining, grade changes or leaving (they have their own commands)', () => {
      staff
        .given(joinedL1)
        .when(cmd('RetractFact', { eventId: 'given-0', reason: 'wrong' }))
        .thenFails('FactNotRetractable');
    });
  });
});

describe('dates on a fact', () => {
  it('a course does not expire before it was completed', () => {
    spec(staffDecider(seedFrameworks))
      .given(joinedL1)
      .when(
        command(StaffCommand, 'RecordTraining', {
          course: 'cpd',
          completedOn: '2024-02-01',
          expiresOn: '2023-02-01',
        }),
      )
      .thenFails('DatesOutOfOrder');
  });

  it('a registration does not expire before it began', () => {
    spec(staffDecider(seedFrameworks))
      .given(joinedL1)
      .when(
        command(StaffCommand, 'RecordRegistration', {
          regulator: 'HCPC',
          registrationNumber: 'SW1',
          registeredOn: '2020-01-01',
          expiresOn: '2019-01-01',
        }),
      )
      .thenFails('DatesOutOfOrder');
  });

  it('contracted hours are a real working week', () => {
    expect(() =>
      command(StaffCommand, 'JoinStaff', { ...joinedL1.data, contractedHours: 0 }),
    ).toThrow(/contractedHours/);
  });
});
