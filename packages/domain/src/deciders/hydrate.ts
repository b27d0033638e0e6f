import * as E from 'fp-ts/Either';
import type { Decider } from '../decider';
import { decodeEvent, type DecodeError } from '../events/codec';
import type { DomainEvent } from '../events/domain-event';
export {
  isCaseloadEvent,
  isFrameworkEvent,
  isPolicyEvent,
  isRegradeEvent,
  isStaffEvent,
  isVacancyEvent,
} from '../events/guards';

export type HydrateError =
  | DecodeError
  | {
      readonly code: 'EventOfAnotherAggregate';
      readonly eventId: string;
      readonly type: string;
      readonly message: string;
    };

/**
 * Folds one stream's recorded events (in stream order) into the decider's state, decoding
 * and upcasting each, and passing its id so retractions can be checked.
 */
export const hydrate = <C, Ev extends DomainEvent, S>(
  decider: Pick<Decider<C, Ev, S>, 'evolve' | 'initialState'>,
  isEvent: (event: DomainEvent) => event is Ev,
  recorded: Iterable<{
    readonly eventId: string;
    readonly type: string;
    readonly schemaVersion: number;
    readonly data: unknown;
  }>,
): E.Either<HydrateError, S> => {
  let state = decider.initialState;
  for (const fact of recorded) {
    const decoded = decodeEvent(fact);
    if (E.isLeft(decoded)) return decoded;
    if (!isEvent(decoded.right))
      return E.left({
        code: 'EventOfAnotherAggregate',
        eventId: fact.eventId,
        type: fact.type,
        message: `${fact.type} does not belong to this kind of stream`,
      });
    state = decider.evolve(state, decoded.right, { eventId: fact.eventId });
  }
  return E.right(state);
};
