import type {
  AbsenceReason,
  CensusRole,
  Gender,
  KssStatus,
  LeaverDestination,
  LeavingReason,
  QualificationLevel,
  StartOrigin,
} from '@ladder/domain';

// Ladder's words for the census's items → the DfE's codes (the 2022 specification).

export type OrgRole = 1 | 2 | 3 | 4 | 5 | 6;
export const orgRoleCode: Readonly<Record<Exclude<CensusRole, 'not-a-social-worker'>, OrgRole>> = {
  'senior-manager': 1,
  'middle-manager': 2,
  'first-line-manager': 3,
  'senior-practitioner': 4,
  'case-holder': 5,
  'qualified-without-cases': 6,
};
export const CASE_HOLDER: OrgRole = 5;

export const startOriginCode: Readonly<Record<StartOrigin, number>> = {
  'newly-qualified': 1,
  'local-authority-england': 2,
  'social-work-outside-england': 3,
  'agency-or-consultancy': 4,
  'social-work-not-local-authority': 5,
  'other-social-care': 6,
  'not-social-care-or-career-break': 7,
  other: 8,
  'not-known': 9,
  'not-yet-collected': 10,
};

export const leaverDestinationCode: Readonly<Record<LeaverDestination, number>> = {
  'local-authority-england': 1,
  'social-work-outside-england': 2,
  'agency-or-consultancy': 3,
  'social-work-not-local-authority': 4,
  'other-social-care': 5,
  'not-social-care-or-career-break': 6,
  other: 7,
  'not-known': 8,
  'not-yet-collected': 9,
};

export const leavingReasonCode: Readonly<Record<LeavingReason, number>> = {
  resignation: 1,
  'voluntary-redundancy': 2,
  'compulsory-redundancy': 3,
  dismissed: 4,
  retired: 5,
  deceased: 6,
  'moved-to-other-role-in-council': 7,
  other: 8,
  'not-known': 9,
  'not-yet-collected': 10,
};

export const absenceReasonCode: Readonly<Record<AbsenceReason, string>> = {
  'maternity-paternity': 'MAT',
  'other-paid': 'OTH',
  'public-duties': 'PUB',
  sickness: 'SIC',
  training: 'TRN',
  unauthorised: 'UNA',
  'unpaid-authorised': 'UNP',
};

export const genderCode: Readonly<Record<Gender, number>> = {
  'not-known': 0,
  male: 1,
  female: 2,
  'not-specified': 9,
};

export const qualificationLevelCode: Readonly<Record<QualificationLevel, number>> = {
  undergraduate: 1,
  postgraduate: 2,
  other: 3,
};

export const kssCode: Readonly<Record<KssStatus, number>> = {
  asye: 1,
  practitioner: 2,
  supervisor: 3,
  leader: 4,
};
