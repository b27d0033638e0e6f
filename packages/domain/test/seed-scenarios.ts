import type { RecordedFact } from '../src/recorded-fact';
import { StreamId } from '../src/streams';
import { event, logBuilder } from './build';

// Histories taken from the seeds (../../../../shared/seeds), used by the scenario specs and
// by the worked example in docs/domain.md. Recorded a day after the fact unless said otherwise.

const nextDay = (date: string) => `${date}T17:30:00Z`;

export interface FamilyWorkerOptions {
  /** Open an L2 vacancy in Children's Services on 2024-05-01. */
  readonly withVacancy?: boolean;
}

/** A Level 1 Family Worker with GCSEs, CPD, evidenced experience and a positive PDR. */
export const familyWorkerLevel1 = ({ withVacancy = false }: FamilyWorkerOptions = {}) => {
  const log = logBuilder();
  const staff = StreamId.staff('fw-1');
  const add = (type: Parameters<typeof event>[0], data: Record<string, unknown>, on: string) =>
    log.record(staff, event(type, data), {
      recordedAt: nextDay(on),
      eventId: `fw-1-${log.facts.length + 1}`,
    });
  add(
    'StaffJoined',
    {
      staffId: 'fw-1',
      jobFamily: 'family-worker',
      grade: 'L1',
      team: 'Early Help West',
      zone: 'Weymouth & Portland',
      contractedHours: 37,
      joinedOn: '2021-01-04',
      personal: { name: 'Sam Carter', dateOfBirth: '1990-02-14' },
    },
    '2021-01-04',
  );
  add(
    'QualificationRecorded',
    { qualification: 'gcse-maths', awardedOn: '2006-08-24' },
    '2021-01-04',
  );
  add(
    'QualificationRecorded',
    { qualification: 'gcse-english', awardedOn: '2006-08-24' },
    '2021-01-04',
  );
  add(
    'QualificationRecorded',
    { qualification: 'nvq-childcare-l3', awardedOn: '2015-07-01' },
    '2021-01-04',
  );
  add('TrainingCompleted', { course: 'cpd', completedOn: '2024-02-09' }, '2024-02-09');
  add(
    'ExperienceEvidenced',
    { area: 'looked-after-children', evidencedOn: '2024-03-05' },
    '2024-03-05',
  );
  add(
    'ExperienceEvidenced',
    { area: 'common-assessment-framework', evidencedOn: '2024-03-05' },
    '2024-03-05',
  );
  add(
    'AssessmentRecorded',
    {
      criterion: 'safeguarding-awareness',
      method: 'A',
      outcome: 'passed',
      assessorId: 'tm-1',
      assessedOn: '2024-03-12',
    },
    '2024-03-12',
  );
  add(
    'AssessmentRecorded',
    {
      criterion: 'safeguarding-awareness',
      method: 'I',
      outcome: 'passed',
      assessorId: 'tm-1',
      assessedOn: '2024-03-12',
    },
    '2024-03-12',
  );
  add(
    'PdrRecorded',
    {
      period: '2023-24',
      outcome: 'positive',
      reviewedOn: '2024-04-15',
      reviewerId: 'tm-1',
      reviewerRole: 'team-manager',
    },
    '2024-04-15',
  );
  if (withVacancy)
    log.record(
      StreamId.vacancy('v-7'),
      event('VacancyOpened', {
        vacancyId: 'v-7',
        jobFamily: 'family-worker',
        grade: 'L2',
        serviceArea: 'childrens-services',
        team: 'Early Help West',
        zone: 'Weymouth & Portland',
        openedOn: '2024-05-01',
      }),
      { recordedAt: nextDay('2024-05-01'), eventId: 'v-7-1' },
    );
  return log;
};

const assessments: readonly (readonly [string, readonly string[]])[] = [
  ['complex-reports', ['A', 'I']],
  ['caseload-management', ['A', 'I']],
  ['child-development', ['A', 'I', 'T']],
  ['statutory-child-protection', ['A', 'I', 'T']],
  ['holistic-assessment', ['A', 'I', 'T']],
  ['analysis-and-planning', ['A', 'I']],
];

export interface SocialWorkerOptions {
  /** The registration lapses on this date (recorded the same day). */
  readonly lapsedOn?: string;
  /** Register with Social Work England on 2019-12-02 (the transfer), not only HCPC in 2016. */
  readonly transferredToSwe?: boolean;
}

/** An SW2 social worker with the qualification, DBS, assessments and a positive PDR. */
export const socialWorkerSw2 = ({
  lapsedOn,
  transferredToSwe = true,
}: SocialWorkerOptions = {}) => {
  const log = logBuilder();
  const staff = StreamId.staff('sw-1');
  const add = (type: Parameters<typeof event>[0], data: Record<string, unknown>, on: string) =>
    log.record(staff, event(type, data), {
      recordedAt: nextDay(on),
      eventId: `sw-1-${log.facts.length + 1}`,
    });
  add(
    'StaffJoined',
    {
      staffId: 'sw-1',
      jobFamily: 'social-worker',
      grade: 'SW2',
      team: 'Children Looked After',
      zone: 'Bexleyheath',
      contractedHours: 36,
      joinedOn: '2016-09-05',
      personal: { name: 'Alex Morgan' },
    },
    '2016-09-05',
  );
  add(
    'QualificationRecorded',
    { qualification: 'social-work-degree', awardedOn: '2016-06-30' },
    '2016-09-05',
  );
  add(
    'RegistrationRecorded',
    { regulator: 'HCPC', registrationNumber: 'SW98765', registeredOn: '2016-08-01' },
    '2016-09-05',
  );
  if (transferredToSwe)
    add(
      'RegistrationRecorded',
      {
        regulator: 'Social Work England',
        registrationNumber: 'SW98765',
        registeredOn: '2019-12-02',
      },
      '2019-12-02',
    );
  add(
    'DbsCheckRecorded',
    {
      level: 'enhanced-barred',
      checkedOn: '2016-08-15',
      updateService: true,
      personal: { certificateNumber: '001122334455' },
    },
    '2016-09-05',
  );
  for (const [criterion, methods] of assessments)
    for (const method of methods)
      add(
        'AssessmentRecorded',
        { criterion, method, outcome: 'passed', assessorId: 'tm-2', assessedOn: '2019-03-01' },
        '2019-03-01',
      );
  add(
    'PdrRecorded',
    {
      period: '2018-19',
      outcome: 'positive',
      reviewedOn: '2019-04-10',
      reviewerId: 'tm-2',
      reviewerRole: 'team-manager',
    },
    '2019-04-10',
  );
  add(
    'PdrRecorded',
    {
      period: '2019-20',
      outcome: 'positive',
      reviewedOn: '2020-04-14',
      reviewerId: 'tm-2',
      reviewerRole: 'team-manager',
    },
    '2020-04-14',
  );
  add(
    'PdrRecorded',
    {
      period: '2023-24',
      outcome: 'positive',
      reviewedOn: '2024-04-11',
      reviewerId: 'tm-2',
      reviewerRole: 'team-manager',
    },
    '2024-04-11',
  );
  if (lapsedOn !== undefined)
    add(
      'RegistrationLapsed',
      { regulator: 'Social Work England', registrationNumber: 'SW98765', lapsedOn },
      lapsedOn,
    );
  return log;
};

export type ScenarioLog = { readonly facts: readonly RecordedFact[] };
