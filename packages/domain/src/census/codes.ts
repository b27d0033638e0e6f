import * as t from 'io-ts';

// The code lists the DfE children's social work workforce census (CSWW) asks for, named in
// HR's words. The census package maps each to the DfE's own code when it writes the return;
// here they are facts about a person's engagement, starting, leaving, absence and development.

/** Paid directly by the council, or through an agency (or self-employed). */
export const Engagement = t.keyof({ employee: null, agency: null }, 'Engagement');
export type Engagement = t.TypeOf<typeof Engagement>;

/** Where a starter came from. */
export const StartOrigin = t.keyof(
  {
    'newly-qualified': null,
    'local-authority-england': null,
    'social-work-outside-england': null,
    'agency-or-consultancy': null,
    'social-work-not-local-authority': null,
    'other-social-care': null,
    'not-social-care-or-career-break': null,
    other: null,
    'not-known': null,
    'not-yet-collected': null,
  },
  'StartOrigin',
);
export type StartOrigin = t.TypeOf<typeof StartOrigin>;

/** Where a leaver went (the starter's list without "newly qualified"). */
export const LeaverDestination = t.keyof(
  {
    'local-authority-england': null,
    'social-work-outside-england': null,
    'agency-or-consultancy': null,
    'social-work-not-local-authority': null,
    'other-social-care': null,
    'not-social-care-or-career-break': null,
    other: null,
    'not-known': null,
    'not-yet-collected': null,
  },
  'LeaverDestination',
);
export type LeaverDestination = t.TypeOf<typeof LeaverDestination>;

export const LeavingReason = t.keyof(
  {
    resignation: null,
    'voluntary-redundancy': null,
    'compulsory-redundancy': null,
    dismissed: null,
    retired: null,
    deceased: null,
    'moved-to-other-role-in-council': null,
    other: null,
    'not-known': null,
    'not-yet-collected': null,
  },
  'LeavingReason',
);
export type LeavingReason = t.TypeOf<typeof LeavingReason>;

export const AbsenceReason = t.keyof(
  {
    'maternity-paternity': null,
    'other-paid': null,
    'public-duties': null,
    sickness: null,
    training: null,
    unauthorised: null,
    'unpaid-authorised': null,
  },
  'AbsenceReason',
);
export type AbsenceReason = t.TypeOf<typeof AbsenceReason>;

/** The post-qualifying standard (knowledge and skills statement) a social worker works to. */
export const KssStatus = t.keyof(
  { asye: null, practitioner: null, supervisor: null, leader: null },
  'KssStatus',
);
export type KssStatus = t.TypeOf<typeof KssStatus>;

export const QualificationLevel = t.keyof(
  { undergraduate: null, postgraduate: null, other: null },
  'QualificationLevel',
);
export type QualificationLevel = t.TypeOf<typeof QualificationLevel>;

/** The fast-track routes the census asks about. */
export const QualifyingProgramme = t.keyof(
  { 'step-up': null, frontline: null },
  'QualifyingProgramme',
);
export type QualifyingProgramme = t.TypeOf<typeof QualifyingProgramme>;
