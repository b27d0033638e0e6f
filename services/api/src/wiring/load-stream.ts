import * as E from 'fp-ts/Either';
import { hydrate, type DomainEvent } from '@ladder/domain';
import { readWholeStream, type Aggregate } from '@ladder/application';
import type { EventStore } from '@ladder/event-store';
import { apiError, type ApiError } from '../http/problem';
import type { Loaded } from '../services';

/** Folds a stream into its decider's state; an empty stream is a 404. */
export const loadStream = async <C, Ev extends DomainEvent, S>(
  store: EventStore,
  aggregate: Aggregate<C, Ev, S>,
  streamName: string,
): Promise<E.Either<ApiError, Loaded<S>>> => {
  const events = await readWholeStream(store, streamName);
  const last = events[events.length - 1];
  if (last === undefined) return E.left(apiError('not-found', `no ${streamName}`));
  const state = hydrate(aggregate.decider, aggregate.isEvent, events);
  if (E.isLeft(state))
    return E.left(apiError('internal', `${streamName} cannot be read: ${state.left.message}`));
  return E.right({ state: state.right, revision: last.revision });
};
