// @ladder/domain: Ladder's events, deciders, progression policies and explained,
// bitemporal eligibility. Pure: no I/O, no clock; time is always a parameter.

// Streams and the recorded form the domain evaluates
export * from './streams';
export type { RecordedFact } from './recorded-fact';
export type { JsonValue } from './primitives/json';

// Primitives (branded strings and pure date arithmetic)
export { NonEmptyString, Uuid } from './primitives/strings';
export { PositiveInteger, WeeklyHours } from './primitives/numbers';
export { primitiveBounds, type Bounds } from './primitives/bounds';
export {
  IsoDate,
  IsoDateTime,
  addDays,
  addMonths,
  monthsBetween,
  utcDateOf,
  startOfDay,
  instantOf,
} from './primitives/time';
export { ActorRef } from './primitives/actor';
export { firstFailure } from './primitives/validation';

// Career frameworks: job families, their grades and ladders, as versioned data
export * from './frameworks/codes';
export * from './frameworks/census-role';
export * from './frameworks/route';
export * from './frameworks/document';
export {
  frameworkInForce,
  frameworkVersions,
  frameworkFamilies,
  frameworksKnownAt,
  type FrameworkCatalogue,
} from './frameworks/catalogue';
export { gradeIn, gradeAbove } from './frameworks/ladder';
export { gradeOnDate, type GradeOnDate } from './frameworks/grade-on';
export { validateFramework } from './frameworks/validate';
export * from './frameworks/seeds';

// The census's code lists and quantities (DfE CSWW), as facts in HR's words
export * from './census/codes';
export * from './census/personal-codes';
export * from './census/quantities';
export * from './census/swe-number';

// Events and their codecs
export type { EventDefinition } from './events/define';
export * from './events/personal';
export * from './events/personal-data';
export * from './commands/personal-data';
export { personalDataDecider, type PersonalDataState } from './deciders/personal-data';
export * from './personal-data/retention';
export * from './events/staff';
export * from './events/vacancy';
export * from './events/policy';
export * from './events/framework';
export * from './events/regrade';
export * from './events/caseload';
export * from './events/domain-event';
export * from './events/codec';
export * from './events/guards';
export { effectiveDateOf } from './events/effective-date';
export { UNRECORDED_REVIEWER_ROLE, upcastPdrV1 } from './events/upcasters/pdr-v1';

// Commands (request bodies are each command's `body` codec)
export type { CommandDefinition } from './commands/define';
export * from './commands/staff';
export * from './commands/vacancy';
export * from './commands/policy';
export * from './commands/framework';
export * from './commands/regrade';
export * from './commands/caseload';

// Errors and deciders
export * from './errors';
export type { Decider, EventMeta } from './decider';
export { staffDecider } from './deciders/staff';
export type { StaffState, JoinedStaff } from './deciders/staff-state';
export { vacancyDecider, type VacancyState } from './deciders/vacancy';
export { policyDecider, type PolicyState } from './deciders/policy';
export { frameworkDecider, type FrameworkState } from './deciders/framework';
export { regradeDecider } from './deciders/regrade';
export type { RegradeState, RegradeStatus } from './deciders/regrade-state';
export { hydrate, type HydrateError } from './deciders/hydrate';

// Caseload allocation: a case as Ladder sees it and the rule on who may hold it (issue 15)
export * from './frameworks/caseload-rules';
export * from './caseload/reference';
export * from './caseload/liberty';
export * from './caseload/worker';
export type { CaseFacts } from './caseload/case-facts';
export * from './caseload/rule-of';
export * from './caseload/fit';
export * from './caseload/state';
export { caseloadDecider } from './caseload/decider';
export * from './caseload/worker-on';
export * from './caseload/held-on';

// Policies as data
export * from './policies/criterion';
export * from './policies/document';
export { policyInForce, policiesKnownAt } from './policies/select';
export * from './policies/seeds';

// Eligibility
export * from './eligibility/verdict';
export { evaluate, evaluateDecoded, type EvaluateOptions } from './eligibility/evaluate';
export { rulesKnownAt, seedRules, type Rules } from './eligibility/rules';
export { decodeFacts, type DecodedFact } from './eligibility/decoded-facts';
export { explainVerdict } from './eligibility/explain';
export type { EvidenceContext, CriterionResult, VacancyView } from './eligibility/evidence';
export { knownFacts, type KnownFact } from './eligibility/known-facts';
export { standingsAt, type Standing } from './eligibility/cut';
export {
  holdsUntil,
  holdsUntilLimits,
  verdictSignature,
  type HoldsUntilLimits,
  type HoldsUntilQuestion,
} from './eligibility/holds-until';

// Cross-stream workflow
export * from './process/regrade-process';
export * from './process/leaver-process';
export * from './process/caseload-process';
export { uuidV5, derivedCommandId, derivedEventId, LADDER_NAMESPACE } from './ids/deterministic-id';
export { commandEventId, isEventOfCommand, timeOrderedId } from './ids/command-event-id';
