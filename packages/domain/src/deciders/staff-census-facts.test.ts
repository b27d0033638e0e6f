import { describe, expect, it } from 'vitest';
import { StaffCommand } from '../commands/staff';
import { seedFrameworks } from '../frameworks/seeds';
import { command, event } from '../../test/build';
import { spec } from '../../test/spec';
import { staffDecider } from './staff';

const staff = spec(staffDecider(seedFrameworks));
const cmd = (type: string, data: unknown) => command(StaffCommand, type, data);

const joined = event('StaffJoined', {
  staffId: 'sw-1',
  jobFamily: 'social-worker',
  grade: 'SW2',
  team: 'Assessment North',
  zone: 'Bexleyheath',
  contractedHours: 37,
  joinedOn: '2025-11-03',
  engagement: 'employee',
  startOrigin: 'local-authority-england',
  personal: { name: 'Ada Obi', dateOfBirth: '1990-02-14', gender: 'female', ethnicity: 'BAFR' },
});
const sickness = { reason: 'sickness', startedOn: '2026-02-02' };

describe('the facts the census asks of a social worker', () => {
  it('joins as an agency worker, or zero-hours, with where they came from', () => {
    const agency = event('StaffJoined', {
      ...joined.data,
      engagement: 'agency',
      startOrigin: 'agency-or-consultancy',
      zeroHours: true,
    });
    staff.given().when(cmd('JoinStaff', agency.data)).then(agency);
  });

  it('keeps gender and ethnicity under personal, so erasing the person erases them', () => {
    staff.given().when(cmd('JoinStaff', joined.data)).then(joined);
  });

  it('refuses a gender or ethnicity outside the code lists', () => {
    const bad = { ...joined.data, personal: { ethnicity: 'XXXX' } };
    expect(() => cmd('JoinStaff', bad)).toThrow(/ethnicity/);
  });

  it('records a Social Work England number in its form', () => {
    const reg = {
      regulator: 'Social Work England',
      registrationNumber: 'SW104233',
      registeredOn: '2025-12-01',
      expiresOn: '2026-11-30',
    };
    staff
      .given(joined)
      .when(cmd('RecordRegistration', reg))
      .then(event('RegistrationRecorded', reg));
  });

  it('refuses a Social Work England number that is not SW and up to six digits', () => {
    for (const registrationNumber of ['SWE10001', 'SW0123', 'SW1234567', 'sw123'])
      staff
        .given(joined)
        .when(
          cmd('RecordRegistration', {
            regulator: 'Social Work England',
            registrationNumber,
            registeredOn: '2025-12-01',
          }),
        )
        .thenFails('RegistrationNumberInvalid');
  });

  it('opens an absence and ends it with the working days lost', () => {
    const end = { startedOn: '2026-02-02', endedOn: '2026-02-13', workingDaysLost: 9.5 };
    staff
      .given(joined, event('AbsenceRecorded', sickness))
      .when(cmd('EndAbsence', end))
      .then(event('AbsenceEnded', end));
  });

  it('records a closed absence at once', () => {
    const closed = { ...sickness, endedOn: '2026-02-03', workingDaysLost: 2 };
    staff.given(joined).when(cmd('RecordAbsence', closed)).then(event('AbsenceRecorded', closed));
  });

  it('has one absence starting on a day', () => {
    staff
      .given(joined, event('AbsenceRecorded', sickness))
      .when(cmd('RecordAbsence', { ...sickness, reason: 'training' }))
      .thenFails('AbsenceAlreadyOpen');
  });

  it('ends only an open absence, never before it started', () => {
    staff
      .given(joined)
      .when(
        cmd('EndAbsence', { startedOn: '2026-02-02', endedOn: '2026-02-05', workingDaysLost: 3 }),
      )
      .thenFails('AbsenceNotOpen');
    staff
      .given(joined, event('AbsenceRecorded', sickness))
      .when(
        cmd('EndAbsence', { startedOn: '2026-02-02', endedOn: '2026-01-30', workingDaysLost: 0 }),
      )
      .thenFails('DatesOutOfOrder');
  });

  it('refuses working days lost that are negative or finer than hundredths', () => {
    expect(() => cmd('RecordAbsence', { ...sickness, workingDaysLost: -1 })).toThrow(
      /workingDaysLost/,
    );
    expect(() => cmd('RecordAbsence', { ...sickness, workingDaysLost: 1.005 })).toThrow(
      /workingDaysLost/,
    );
  });

  it('records the KSS status a social worker is assessed against', () => {
    const kss = { status: 'asye', recognisedOn: '2025-11-03' };
    staff.given(joined).when(cmd('RecordKssStatus', kss)).then(event('KssStatusRecorded', kss));
  });

  it('records a leaver with destination and reason', () => {
    const leaving = {
      leftOn: '2026-09-30',
      destination: 'agency-or-consultancy',
      leavingReason: 'resignation',
    };
    staff.given(joined).when(cmd('RecordLeaving', leaving)).then(event('StaffLeft', leaving));
  });

  it('records where a qualification was gained, its level and route', () => {
    const q = {
      qualification: 'ba-social-work',
      awardedOn: '2013-07-01',
      institution: 'University of Kent',
      level: 'undergraduate',
      programme: 'frontline',
    };
    staff.given(joined).when(cmd('RecordQualification', q)).then(event('QualificationRecorded', q));
  });
});
