// Typed rule failures. `category` tells the HTTP edge what kind of refusal this is:
// `conflict` (409: the record's current state forbids it), `rule` (422: the request breaks
// a business rule whatever the state), `not-found` (404: there is no such record yet).

export type DomainErrorCategory = 'conflict' | 'rule' | 'not-found';

export const domainErrorCategories = {
  StaffNotFound: 'not-found',
  StaffAlreadyJoined: 'conflict',
  StaffHasLeft: 'conflict',
  GradeOutsideJobFamily: 'rule',
  DuplicatePdrForPeriod: 'conflict',
  SpanOfControlExceeded: 'conflict',
  AlreadyLineManaged: 'conflict',
  NotLineManaged: 'conflict',
  SelfLineManagement: 'rule',
  FactNotFound: 'not-found',
  FactNotRetractable: 'rule',
  FactAlreadyRetracted: 'conflict',
  GradeUnchanged: 'conflict',
  DatesOutOfOrder: 'rule',
  RegistrationNumberInvalid: 'rule',
  AbsenceAlreadyOpen: 'conflict',
  AbsenceNotOpen: 'conflict',
  VacancyNotFound: 'not-found',
  VacancyAlreadyOpened: 'conflict',
  VacancyAlreadyFilled: 'conflict',
  VacancyNotOpen: 'conflict',
  PolicyVersionAlreadyPublished: 'conflict',
  PolicyVersionOutOfSequence: 'conflict',
  PolicyEffectiveDateBeforePrevious: 'rule',
  PolicyForAnotherFamily: 'rule',
  PolicyCriteriaInvalid: 'rule',
  FrameworkVersionAlreadyPublished: 'conflict',
  FrameworkVersionOutOfSequence: 'conflict',
  FrameworkEffectiveDateBeforePrevious: 'rule',
  FrameworkRevisionBackdated: 'rule',
  FrameworkForAnotherFamily: 'rule',
  FrameworkInvalid: 'rule',
  NoFrameworkInForce: 'rule',
  RegradeCaseNotFound: 'not-found',
  RegradeCaseAlreadyOpen: 'conflict',
  RegradeNotNextGrade: 'rule',
  VacancyRequiredForProgression: 'rule',
  VacancyNotUsedForAssessedProgression: 'rule',
  RegradeStepOutOfOrder: 'conflict',
  ApproverIsRequester: 'rule',
  NotEligible: 'conflict',
  VerdictForAnotherCase: 'rule',
  // Personal data (issue 14): erasure asked by one person, approved by another.
  ErasureAlreadyRequested: 'conflict',
  ErasureRequestNotFound: 'not-found',
  PersonalDataAlreadyErased: 'conflict',
  // Caseload allocation (issue 15): a case as Ladder sees it, on its `allocation-<ref>` stream.
  CaseNotOpened: 'not-found',
  CaseAlreadyOpened: 'conflict',
  CaseAlreadyClosed: 'conflict',
  CaseAlreadyAllocated: 'conflict',
  CaseNotAllocated: 'conflict',
  CaseAlreadyHeldByWorker: 'conflict',
  LibertyAffectingCaseRefused: 'rule',
  ComplexityAboveGrade: 'rule',
  EmergencyAllocationNotNeeded: 'rule',
  EmergencyAllocationNotRenewable: 'conflict',
} as const satisfies Record<string, DomainErrorCategory>;

export type DomainErrorCode = keyof typeof domainErrorCategories;

/** A refused command: its code, the rule it broke (in the field's words) and a message. */
export interface DomainError {
  readonly code: DomainErrorCode;
  readonly category: DomainErrorCategory;
  /** The rule, e.g. "Level 1 Family Workers have no line-management responsibility". */
  readonly rule: string;
  readonly message: string;
}

export const domainError = (code: DomainErrorCode, rule: string, message: string): DomainError => ({
  code,
  category: domainErrorCategories[code],
  rule,
  message,
});
