import type { FieldSpec, FormSpec } from './form-spec';

// Every fact HR records about a person, as the forms ask for it. `segment` is the API's
// `POST /staff/{staffId}/<segment>`; the names are the API's, the words are HR's.

export interface StaffFactForm extends FormSpec {
  readonly segment: string;
  /** What it records, in one line, for the list of kinds. */
  readonly about: string;
}

const date = (name: string, label: string, more: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label,
  hint: 'For example, 27 3 2026',
  input: { kind: 'date' },
  ...more,
});

const text = (name: string, label: string, hint?: string): FieldSpec => ({
  name,
  label,
  input: { kind: 'text' },
  ...(hint !== undefined ? { hint } : {}),
});

const notes: FieldSpec = {
  name: 'personal.notes',
  label: 'Notes',
  hint: 'Personal data: kept encrypted for this person and erased with their other personal data',
  optional: true,
  input: { kind: 'long-text' },
};

const regulator = text('regulator', 'Regulator', 'For example, Social Work England');
const registrationNumber = text(
  'registrationNumber',
  'Registration number',
  'Social Work England numbers are SW and up to six digits, for example SW123456',
);
const reportId = text('reportId', "Report's staff id", 'The staff id of the person they manage');

/** A choice of codes (the API's names) with HR's words, optional unless said. */
const choice = (
  name: string,
  label: string,
  options: readonly (readonly [string, string])[],
  more: Partial<FieldSpec> = { optional: true },
): FieldSpec => ({
  name,
  label,
  input: { kind: 'choice', options: options.map(([value, t]) => ({ value, text: t })) },
  ...more,
});

// The DfE workforce census's code lists (docs/census.md), in HR's words.
const socialWorkElsewhere: readonly (readonly [string, string])[] = [
  ['local-authority-england', 'Social work in another English council'],
  ['social-work-outside-england', 'Social work outside England'],
  ['agency-or-consultancy', 'Agency or consultancy social work'],
  ['social-work-not-local-authority', 'Other social work, not in a council'],
  ['other-social-care', 'Other social care'],
  ['not-social-care-or-career-break', 'Not social care, or a career break'],
  ['other', 'Other'],
  ['not-known', 'Not known'],
];
const absenceReasons: readonly (readonly [string, string])[] = [
  ['sickness', 'Sickness'],
  ['maternity-paternity', 'Maternity or paternity leave'],
  ['training', 'Training'],
  ['public-duties', 'Public duties (jury service …)'],
  ['other-paid', 'Other paid absence'],
  ['unpaid-authorised', 'Unpaid, authorised'],
  ['unauthorised', 'Unauthorised'],
];
const workingDaysLost = (optional: boolean): FieldSpec => ({
  name: 'workingDaysLost',
  label: 'Working days lost',
  hint: 'Against their working pattern, to two decimal places at most, for example 4.5',
  input: { kind: 'number' },
  ...(optional ? { optional } : {}),
});

export const staffFacts: readonly StaffFactForm[] = [
  {
    segment: 'qualifications',
    title: 'Qualification',
    about: 'a qualification awarded (GCSE, NVQ, DipSW, degree …)',
    button: 'Record qualification',
    fields: [
      text(
        'qualification',
        'Qualification',
        'The code the progression policy uses, for example gcse-maths, nvq-childcare-l3 or dipsw',
      ),
      date('awardedOn', 'Date awarded'),
      text('institution', 'Awarded by', 'The university or college, for the workforce census'),
      choice('level', 'Level', [
        ['undergraduate', 'Undergraduate'],
        ['postgraduate', 'Postgraduate'],
        ['other', 'Other'],
      ]),
      choice('programme', 'Fast-track route', [
        ['step-up', 'Step Up to Social Work'],
        ['frontline', 'Frontline'],
      ]),
    ],
  },
  {
    segment: 'training',
    title: 'Training',
    about: 'a training course completed, and when it expires',
    button: 'Record training',
    fields: [
      text(
        'course',
        'Course',
        'The code the policy uses, for example cpd or advanced-child-protection',
      ),
      date('completedOn', 'Date completed'),
      date('expiresOn', 'Expires on', {
        optional: true,
        hint: 'Leave blank if it does not expire',
      }),
    ],
  },
  {
    segment: 'pdrs',
    title: 'Annual PDR',
    about: 'the outcome of a performance and development review',
    button: 'Record PDR outcome',
    fields: [
      text('period', 'PDR year', 'For example, 2025-26'),
      {
        name: 'outcome',
        label: 'Outcome',
        input: {
          kind: 'choice',
          options: [
            { value: 'positive', text: 'Positive' },
            { value: 'requires-improvement', text: 'Requires improvement' },
            { value: 'unsatisfactory', text: 'Unsatisfactory' },
          ],
        },
      },
      date('reviewedOn', 'Date of the review'),
      text('reviewerId', "Reviewer's staff id"),
      text('reviewerRole', "Reviewer's role", 'For example, line manager'),
    ],
  },
  {
    segment: 'registrations',
    title: 'Professional registration',
    about: 'registration with a professional regulator (Social Work England, HCPC …)',
    button: 'Record registration',
    fields: [
      regulator,
      registrationNumber,
      date('registeredOn', 'Date registered'),
      date('expiresOn', 'Renewal due', { optional: true, hint: 'Leave blank if none is set' }),
    ],
  },
  {
    segment: 'registration-lapses',
    title: 'Registration lapse',
    about: 'a professional registration that lapsed',
    button: 'Record lapse',
    fields: [regulator, registrationNumber, date('lapsedOn', 'Date the registration lapsed')],
  },
  {
    segment: 'dbs-checks',
    title: 'DBS check',
    about: 'a Disclosure and Barring Service check',
    button: 'Record DBS check',
    fields: [
      {
        name: 'level',
        label: 'Level of check',
        input: {
          kind: 'choice',
          options: [
            { value: 'basic', text: 'Basic' },
            { value: 'standard', text: 'Standard' },
            { value: 'enhanced', text: 'Enhanced' },
            {
              value: 'enhanced-barred',
              text: "Enhanced with a check of the children's barred list",
            },
          ],
        },
      },
      date('checkedOn', 'Date on the certificate'),
      {
        name: 'updateService',
        label: 'Is the certificate kept current through the DBS Update Service?',
        input: { kind: 'yes-no' },
      },
      {
        name: 'personal.certificateNumber',
        label: 'Certificate number',
        hint: 'Personal data: kept encrypted and erased with the person’s other personal data',
        optional: true,
        input: { kind: 'text' },
      },
      {
        name: 'personal.disclosures',
        label: 'What the certificate disclosed',
        hint: 'Special-category data: never used by the rules, kept encrypted',
        optional: true,
        input: { kind: 'long-text' },
      },
    ],
  },
  {
    segment: 'assessments',
    title: 'Assessment',
    about: 'an assessment against a criterion (by application, interview or test)',
    button: 'Record assessment',
    fields: [
      text('criterion', 'Criterion', 'As the policy names it, for example safeguarding-awareness'),
      {
        name: 'method',
        label: 'Assessed by',
        input: {
          kind: 'choice',
          options: [
            { value: 'A', text: 'Application' },
            { value: 'I', text: 'Interview' },
            { value: 'T', text: 'Test' },
          ],
        },
      },
      {
        name: 'outcome',
        label: 'Outcome',
        input: {
          kind: 'choice',
          options: [
            { value: 'passed', text: 'Passed' },
            { value: 'not-passed', text: 'Not passed' },
          ],
        },
      },
      text('assessorId', "Assessor's staff id"),
      date('assessedOn', 'Date assessed'),
    ],
  },
  {
    segment: 'experience',
    title: 'Experience',
    about: 'evidenced experience in an area (looked-after children, CAF …)',
    button: 'Record experience',
    fields: [
      text(
        'area',
        'Area of experience',
        'As the policy names it, for example looked-after-children or common-assessment-framework',
      ),
      date('evidencedOn', 'Date evidenced'),
      notes,
    ],
  },
  {
    segment: 'line-reports',
    title: 'Line management',
    about: 'this person starts line-managing someone (their grade’s span of control applies)',
    button: 'Record line management',
    fields: [reportId, date('assignedOn', 'Line management starts on')],
  },
  {
    segment: 'line-report-endings',
    title: 'End of line management',
    about: 'this person stops line-managing someone',
    button: 'Record the end of line management',
    fields: [reportId, date('endedOn', 'Line management ends on')],
  },
  {
    segment: 'grade-changes',
    title: 'Grade change',
    about: 'a grade change made directly (a regrade case changes the grade by itself)',
    button: 'Record grade change',
    fields: [
      text('to', 'New grade', 'A grade of their job family, for example L2 or SW3'),
      date('changedOn', 'Date the new grade starts'),
    ],
  },
  {
    segment: 'leaving',
    title: 'Leaving',
    about: 'this person leaves the council’s employment',
    button: 'Record leaving',
    fields: [
      date('leftOn', 'Date of leaving'),
      choice('destination', 'Where they went', socialWorkElsewhere),
      choice('leavingReason', 'Why they left', [
        ['resignation', 'Resignation'],
        ['voluntary-redundancy', 'Voluntary redundancy'],
        ['compulsory-redundancy', 'Compulsory redundancy'],
        ['dismissed', 'Dismissed'],
        ['retired', 'Retired'],
        ['deceased', 'Deceased'],
        ['moved-to-other-role-in-council', 'Moved to another role in the council'],
        ['other', 'Other'],
        ['not-known', 'Not known'],
      ]),
      notes,
    ],
  },
  {
    segment: 'absences',
    title: 'Absence',
    about: 'an absence (sickness, leave, training …), open or over, with working days lost',
    button: 'Record absence',
    fields: [
      choice('reason', 'Reason', absenceReasons, {}),
      date('startedOn', 'First day of absence'),
      date('endedOn', 'Last day of absence', {
        optional: true,
        hint: 'Leave blank while it goes on',
      }),
      workingDaysLost(true),
    ],
  },
  {
    segment: 'absence-ends',
    title: 'End of an absence',
    about: 'an open absence is over: its last day and the working days lost',
    button: 'Record end of absence',
    fields: [
      date('startedOn', 'First day of the absence'),
      date('endedOn', 'Last day of absence'),
      workingDaysLost(false),
    ],
  },
  {
    segment: 'kss-statuses',
    title: 'KSS status',
    about: 'the post-qualifying standard a social worker is assessed against',
    button: 'Record KSS status',
    fields: [
      choice(
        'status',
        'Status',
        [
          ['asye', 'Assessed and supported year in employment (ASYE)'],
          ['practitioner', 'Child and family practitioner'],
          ['supervisor', 'Practice supervisor'],
          ['leader', 'Practice leader'],
        ],
        {},
      ),
      date('recognisedOn', 'From'),
    ],
  },
  {
    segment: 'retractions',
    title: 'Retraction',
    about: 'a fact recorded by mistake is withdrawn, with the reason (it stays in the history)',
    button: 'Retract fact',
    fields: [
      { name: 'eventId', label: 'Fact to retract', input: { kind: 'recorded-fact' } },
      {
        name: 'reason',
        label: 'Why it is being retracted',
        hint: 'Auditors read this beside the fact',
        input: { kind: 'long-text' },
      },
    ],
  },
];

/** Recording someone joining: their placement and, kept apart and encrypted, their name. */
export const joining: FormSpec = {
  title: 'Record someone joining',
  button: 'Record joining',
  fields: [
    text('staffId', 'Staff id', 'The council’s staff number: letters, digits, - _ . :'),
    {
      name: 'personal.name',
      label: 'Full name',
      hint: 'Personal data: kept encrypted for this person',
      input: { kind: 'text' },
    },
    date('personal.dateOfBirth', 'Date of birth', { optional: true }),
    choice('personal.gender', 'Gender', [
      ['female', 'Female'],
      ['male', 'Male'],
      ['not-specified', 'Not specified'],
      ['not-known', 'Not known'],
    ]),
    {
      ...text(
        'personal.ethnicity',
        'Ethnicity (DfE code)',
        'For example WBRI or BAFR; REFU if they declined to say',
      ),
      optional: true,
    },
    text('jobFamily', 'Job family', 'For example, family-worker or social-worker'),
    text('grade', 'Grade', 'A grade of that family, for example L1 or SW2'),
    text('team', 'Team'),
    text('zone', 'Zone', 'For example, Central'),
    {
      name: 'contractedHours',
      label: 'Contracted hours a week',
      hint: 'For example, 37 for full time',
      input: { kind: 'number' },
    },
    date('joinedOn', 'Date joined'),
    choice('engagement', 'Paid by', [
      ['employee', 'The council'],
      ['agency', 'An agency (or self-employed)'],
    ]),
    choice('startOrigin', 'Where they came from', [
      ['newly-qualified', 'Newly qualified'],
      ...socialWorkElsewhere,
    ]),
  ],
};
