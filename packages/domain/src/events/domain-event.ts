import { caseloadEventDefinitions, type CaseloadEvent } from './caseload';
import { frameworkEventDefinitions, type FrameworkEvent } from './framework';
import { personalDataEventDefinitions, type PersonalDataEvent } from './personal-data';
import { policyEventDefinitions, type PolicyEvent } from './policy';
import { regradeEventDefinitions, type RegradeEvent } from './regrade';
import { staffEventDefinitions, type StaffEvent } from './staff';
import { vacancyEventDefinitions, type VacancyEvent } from './vacancy';

/** Every event Ladder records, as `{ type, data }`, discriminated on `type`. */
export type DomainEvent =
  | StaffEvent
  | VacancyEvent
  | PolicyEvent
  | RegradeEvent
  | FrameworkEvent
  | CaseloadEvent
  | PersonalDataEvent;
export type DomainEventType = DomainEvent['type'];

export const eventDefinitions = [
  ...staffEventDefinitions,
  ...vacancyEventDefinitions,
  ...policyEventDefinitions,
  ...regradeEventDefinitions,
  ...frameworkEventDefinitions,
  ...caseloadEventDefinitions,
  ...personalDataEventDefinitions,
] as const;

export type EventDefinitionFor = (typeof eventDefinitions)[number];

/** The current schema version of each event type. */
export const currentSchemaVersion: Readonly<Record<DomainEventType, number>> = Object.fromEntries(
  eventDefinitions.map((d) => [d.type, d.schemaVersion]),
) as Record<DomainEventType, number>;

export const isDomainEventType = (type: string): type is DomainEventType =>
  Object.prototype.hasOwnProperty.call(currentSchemaVersion, type);
