import {
  caseloadDecider,
  frameworkDecider,
  isCaseloadEvent,
  isFrameworkEvent,
  isPersonalDataEvent,
  isPolicyEvent,
  isRegradeEvent,
  isStaffEvent,
  isVacancyEvent,
  personalDataDecider,
  policyDecider,
  regradeDecider,
  staffDecider,
  vacancyDecider,
  type Decider,
  type DomainEvent,
  type FrameworkCatalogue,
} from '@ladder/domain';

/**
 * A decider with the guard that tells its own events from others' (checked on load). Its
 * decisions are judged against the career frameworks (grades, spans, routes are data), so
 * the rules are made for the frameworks known when a command is decided; its folds never
 * consult a framework, so reading a stream's state needs none.
 */
export interface Aggregate<C, Ev extends DomainEvent, S> {
  readonly deciderFor: (frameworks: FrameworkCatalogue) => Decider<C, Ev, S>;
  readonly folds: Pick<Decider<C, Ev, S>, 'evolve' | 'initialState'>;
  readonly isEvent: (event: DomainEvent) => event is Ev;
}

const aggregate = <C, Ev extends DomainEvent, S>(
  deciderFor: (frameworks: FrameworkCatalogue) => Decider<C, Ev, S>,
  isEvent: (event: DomainEvent) => event is Ev,
): Aggregate<C, Ev, S> => ({ deciderFor, folds: deciderFor([]), isEvent });

/** The one table that ties each kind of stream to its rules. */
export const aggregates = {
  staff: aggregate(staffDecider, isStaffEvent),
  vacancy: aggregate(vacancyDecider, isVacancyEvent),
  policy: aggregate(policyDecider, isPolicyEvent),
  regrade: aggregate(regradeDecider, isRegradeEvent),
  // A case's allocation (issue 15), judged against the worker's framework on the date.
  caseload: aggregate(caseloadDecider, isCaseloadEvent),
  // A framework is judged against its own stream only.
  framework: aggregate(() => frameworkDecider, isFrameworkEvent),
  // Erasure requests and erasures of one person's personal data (`personal-<staffId>`).
  personal: aggregate(() => personalDataDecider, isPersonalDataEvent),
} as const;
