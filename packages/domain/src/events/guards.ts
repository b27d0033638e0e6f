import { caseloadEventDefinitions, type CaseloadEvent } from './caseload';
import type { DomainEvent } from './domain-event';
import { frameworkEventDefinitions, type FrameworkEvent } from './framework';
import { personalDataEventDefinitions, type PersonalDataEvent } from './personal-data';
import { policyEventDefinitions, type PolicyEvent } from './policy';
import { regradeEventDefinitions, type RegradeEvent } from './regrade';
import { staffEventDefinitions, type StaffEvent } from './staff';
import { vacancyEventDefinitions, type VacancyEvent } from './vacancy';

const guard =
  <Ev extends DomainEvent>(definitions: readonly { readonly type: string }[]) =>
  (event: DomainEvent): event is Ev =>
    definitions.some((d) => d.type === event.type);

export const isStaffEvent = guard<StaffEvent>(staffEventDefinitions);
export const isVacancyEvent = guard<VacancyEvent>(vacancyEventDefinitions);
export const isPolicyEvent = guard<PolicyEvent>(policyEventDefinitions);
export const isRegradeEvent = guard<RegradeEvent>(regradeEventDefinitions);
export const isFrameworkEvent = guard<FrameworkEvent>(frameworkEventDefinitions);
export const isCaseloadEvent = guard<CaseloadEvent>(caseloadEventDefinitions);
export const isPersonalDataEvent = guard<PersonalDataEvent>(personalDataEventDefinitions);
