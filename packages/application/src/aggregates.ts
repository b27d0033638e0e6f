import {
  isPolicyEvent,
  isRegradeEvent,
  isStaffEvent,
  isVacancyEvent,
  policyDecider,
  regradeDecider,
  staffDecider,
  vacancyDecider,
  type Decider,
  type DomainEvent,
} from '@ladder/domain';

/** A decider with the guard that tells its own events from others' (checked on load). */
export interface Aggregate<C, Ev extends DomainEvent, S> {
  readonly decider: Decider<C, Ev, S>;
  readonly isEvent: (event: DomainEvent) => event is Ev;
}

const aggregate = <C, Ev extends DomainEvent, S>(
  decider: Decider<C, Ev, S>,
  isEvent: (event: DomainEvent) => event is Ev,
): Aggregate<C, Ev, S> => ({ decider, isEvent });

/** The one table that ties each kind of stream to its rules. */
export const aggregates = {
  staff: aggregate(staffDecider, isStaffEvent),
  vacancy: aggregate(vacancyDecider, isVacancyEvent),
  policy: aggregate(policyDecider, isPolicyEvent),
  regrade: aggregate(regradeDecider, isRegradeEvent),
} as const;
