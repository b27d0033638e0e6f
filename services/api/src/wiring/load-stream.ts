import * as E from 'fp-ts/Either';
import { hydrate, type DomainEvent } from '@ladder/domain';
import type { Aggregate } from '@ladder/application';
import type { EventStore, RecordedEvent } from '@ladder/event-store';
import { apiError, type ApiError } from '../http/problem';
import type { Loaded } from '../services';

export const readWhole = async (
  store: EventStore,
  streamName: string,
): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const e of store.readStream(streamName)) events.push(e);
  return events;
};

/** Folds a stream into its decider's state; an empty stream is a 404. */
export const loadStream = async <C, Ev extends DomainEvent, S>(
  store: EventStore,
  aggregate: Aggregate<C, Ev, S>,
  streamName: string,
): Promise<E.Either<ApiError, Loaded<S>>> => {
  const events = await readWhole(store, streamName);
  const last = events[events.length - 1];
  if (last === undefined) return E.left(apiError('not-found', `no ${streamName}`));
  const state = hydrate(aggregate.decider, aggregate.isEvent, events);
  if (E.isLeft(state))
    return E.left(apiError('internal', `${streamName} cannot be read: ${state.left.message}`));
  return E.right({ state: state.right, revision: last.revision });
};
