import { familyWorkerFramework, socialWorkerFramework, type JsonValue } from '@ladder/domain';
import type { CensusLog } from '../src/log';
import { logOf } from './memory-log';

// A small council written by hand for the census year ending 30 September 2026, with the
// guide's edge cases. `recordedAt` is the day after each fact unless a row says otherwise.

type Row = readonly [string, string, JsonValue, string];

const at = (date: string): string => `${date}T17:00:00Z`;

const person = (gender: string, ethnicity: string, dateOfBirth: string) => ({
  name: 'A Person',
  dateOfBirth,
  gender,
  ethnicity,
});

const join = (staffId: string, joinedOn: string, extra: Record<string, unknown> = {}): Row => [
  `staff-${staffId}`,
  'StaffJoined',
  {
    staffId,
    jobFamily: 'social-worker',
    grade: 'SW2',
    team: 'Assessment',
    zone: 'North',
    contractedHours: 37,
    joinedOn,
    engagement: 'employee',
    startOrigin: 'local-authority-england',
    personal: person('female', 'WBRI', '1985-03-02'),
    ...extra,
  },
  at(joinedOn),
];

const fact = (staffId: string, type: string, data: JsonValue, on: string): Row => [
  `staff-${staffId}`,
  type,
  data,
  at(on),
];

const registered = (staffId: string, number: string, on: string): Row =>
  fact(
    staffId,
    'RegistrationRecorded',
    { regulator: 'Social Work England', registrationNumber: number, registeredOn: on },
    on,
  );

const degree = (staffId: string, on: string, programme?: string): Row =>
  fact(
    staffId,
    'QualificationRecorded',
    {
      qualification: 'social-work-degree',
      awardedOn: on,
      institution: 'University of Kent',
      level: 'undergraduate',
      ...(programme === undefined ? {} : { programme }),
    },
    on,
  );

const leave = (staffId: string, leftOn: string, recordedOn = leftOn): Row =>
  fact(
    staffId,
    'StaffLeft',
    { leftOn, destination: 'local-authority-england', leavingReason: 'resignation' },
    recordedOn,
  );

/** A social worker with every item the DfE asks of an employee. */
const complete = (staffId: string, sw: string, joinedOn: string, extra = {}): Row[] => [
  join(staffId, joinedOn, extra),
  registered(staffId, sw, joinedOn),
  degree(staffId, '2010-07-01'),
];

// From 1 January 2025 the council returns SW3 as senior practitioners (a framework version).
const reclassified = {
  ...socialWorkerFramework,
  version: 2,
  effectiveFrom: '2025-01-01',
  grades: socialWorkerFramework.grades.map((g) =>
    g.code === 'SW3' ? { ...g, censusRole: 'senior-practitioner' } : g,
  ),
};

const allocation = (ref: string, type: string, data: JsonValue, on: string): Row => [
  `allocation-${ref}`,
  type,
  data,
  at(on),
];
const opened = (ref: string, on: string): Row =>
  allocation(
    ref,
    'CaseOpened',
    { caseReference: ref, team: 'Assessment', complexity: 2, libertyFlags: [], openedOn: on },
    on,
  );
const allocated = (ref: string, staffId: string, on: string, grade = 'SW2'): Row =>
  allocation(
    ref,
    'CaseAllocated',
    {
      staffId,
      jobFamily: 'social-worker',
      grade,
      frameworkVersion: 1,
      casesHeld: 1,
      allocatedOn: on,
    },
    on,
  );

/** Cases as caseload allocation records them: a holds two on 30 September, d2 one. */
export const allocations: readonly Row[] = [
  opened('CP-0001', '2026-01-05'),
  allocated('CP-0001', 'a', '2026-01-05'),
  opened('CP-0002', '2026-02-05'),
  allocated('CP-0002', 'a', '2026-02-05'),
  opened('CP-0003', '2026-03-05'),
  allocated('CP-0003', 'd2', '2026-04-02'),
  // closed before 30 September: not held then
  opened('CP-0004', '2026-03-05'),
  allocated('CP-0004', 'k', '2026-03-06'),
  allocation('CP-0004', 'CaseClosed', { closedOn: '2026-09-01' }, '2026-09-01'),
  // allocated on 1 October: not held on 30 September
  opened('CP-0005', '2026-10-01'),
  allocated('CP-0005', 'f', '2026-10-01'),
];

export const censusHistory = (withCases = false): CensusLog =>
  logOf(
    [
      ...(withCases ? allocations : []),
      [
        'framework-family-worker',
        'CareerFrameworkPublished',
        { document: familyWorkerFramework, publishedOn: '2017-01-01' },
        at('2017-01-01'),
      ],
      [
        'framework-social-worker',
        'CareerFrameworkPublished',
        { document: socialWorkerFramework, publishedOn: '2017-01-01' },
        at('2017-01-01'),
      ],
      [
        'framework-social-worker',
        'CareerFrameworkPublished',
        { document: reclassified, publishedOn: '2024-12-01' },
        at('2024-12-01'),
      ],
      // a: in post all year, off sick for a week in January
      ...complete('a', 'SW100001', '2024-01-08'),
      fact(
        'a',
        'KssStatusRecorded',
        { status: 'practitioner', recognisedOn: '2024-01-08' },
        '2024-01-08',
      ),
      fact(
        'a',
        'AbsenceRecorded',
        {
          reason: 'sickness',
          startedOn: '2025-09-22',
          endedOn: '2025-10-05',
          workingDaysLost: 10,
        },
        '2025-10-06',
      ),
      fact(
        'a',
        'AbsenceRecorded',
        { reason: 'sickness', startedOn: '2026-01-05', endedOn: '2026-01-09', workingDaysLost: 5 },
        '2026-01-12',
      ),
      // b: a starter who leaves within the year
      ...complete('b', 'SW100002', '2025-11-03', { startOrigin: 'newly-qualified' }),
      leave('b', '2026-03-31'),
      // c: leaves on 30 September
      ...complete('c', 'SW100003', '2020-05-01'),
      leave('c', '2026-09-30'),
      // d: leaves in December, returns in April (a new engagement, the same person)
      ...complete('d1', 'SW100004', '2019-09-02'),
      leave('d1', '2025-12-31'),
      ...complete('d2', 'SW100004', '2026-04-01', {
        startOrigin: 'not-social-care-or-career-break',
      }),
      // e: one person in two posts at once, half-time in each (SW2 case holder, SW3 senior practitioner)
      ...complete('e1', 'SW100005', '2022-02-01', { contractedHours: 18.5 }),
      ...complete('e2', 'SW100005', '2023-06-01', { contractedHours: 18.5, grade: 'SW3' }),
      // f: zero-hours
      ...complete('f', 'SW100006', '2025-06-01', { zeroHours: true }),
      // g: agency worker in place, h: agency worker gone before 30 September
      join('g', '2026-02-01', {
        engagement: 'agency',
        startOrigin: 'agency-or-consultancy',
        personal: {},
      }),
      registered('g', 'SW100007', '2026-02-01'),
      join('h', '2025-10-15', { engagement: 'agency', personal: {} }),
      registered('h', 'SW100008', '2025-10-15'),
      leave('h', '2026-01-15'),
      // i: a family worker (not a social worker: out of the census)
      join('i', '2021-01-04', { jobFamily: 'family-worker', grade: 'L1' }),
      // j: in post, nothing beyond joining recorded (missing items, no SWE number)
      join('j', '2026-05-05', { personal: {} }),
      // k: leaving on 31 August recorded only on 15 October (after a return made on 1 October)
      ...complete('k', 'SW100009', '2018-03-01'),
      leave('k', '2026-08-31', '2026-10-15'),
      // posts: a half-time SW2 post open on 30 September; an SW post filled; a family worker post
      [
        'vacancy-v1',
        'VacancyOpened',
        {
          vacancyId: 'v1',
          jobFamily: 'social-worker',
          grade: 'SW2',
          serviceArea: 'childrens-services',
          team: 'Assessment',
          zone: 'North',
          openedOn: '2026-07-01',
          fte: 0.5,
        },
        at('2026-07-01'),
      ],
      [
        'vacancy-v2',
        'VacancyOpened',
        {
          vacancyId: 'v2',
          jobFamily: 'social-worker',
          grade: 'SW3',
          serviceArea: 'childrens-services',
          team: 'Assessment',
          zone: 'North',
          openedOn: '2026-03-01',
        },
        at('2026-03-01'),
      ],
      ['vacancy-v2', 'VacancyFilled', { staffId: 'x', filledOn: '2026-06-01' }, at('2026-06-01')],
      [
        'vacancy-v3',
        'VacancyOpened',
        {
          vacancyId: 'v3',
          jobFamily: 'family-worker',
          grade: 'L1',
          serviceArea: 'childrens-services',
          team: 'Support',
          zone: 'North',
          openedOn: '2026-07-01',
        },
        at('2026-07-01'),
      ],
      [
        'vacancy-v4',
        'VacancyOpened',
        {
          vacancyId: 'v4',
          jobFamily: 'social-worker',
          grade: 'SW2',
          serviceArea: 'childrens-services',
          team: 'Assessment',
          zone: 'North',
          openedOn: '2026-08-01',
        },
        at('2026-08-01'),
      ],
    ],
    { VacancyOpened: 2 },
  );
