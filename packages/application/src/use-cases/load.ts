import * as E from 'fp-ts/Either';
import { hydrate, StreamId, streamNameOf, type DomainEvent } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates, type Aggregate } from '../aggregates';
import { readWholeStream } from '../handle-command';
import type { UseCaseError } from './errors';

/** A stream folded into its decider's state, with the revision that is its ETag. */
export interface Loaded<S> {
  readonly state: S;
  readonly revision: bigint;
}

/** Folds a stream into its decider's state; an empty stream is no record at all. */
const load = async <C, Ev extends DomainEvent, S>(
  store: EventStore,
  aggregate: Aggregate<C, Ev, S>,
  stream: StreamId,
): Promise<E.Either<UseCaseError, Loaded<S>>> => {
  const streamName = streamNameOf(stream);
  const events = await readWholeStream(store, streamName);
  const last = events[events.length - 1];
  if (last === undefined) return E.left({ kind: 'not-found', stream });
  const state = hydrate(aggregate.folds, aggregate.isEvent, events);
  return E.isLeft(state)
    ? E.left({ kind: 'unreadable-stream', streamName, error: state.left })
    : E.right({ state: state.right, revision: last.revision });
};

export const loadStaff = (store: EventStore, staffId: string) =>
  load(store, aggregates.staff, StreamId.staff(staffId));
export const loadVacancy = (store: EventStore, vacancyId: string) =>
  load(store, aggregates.vacancy, StreamId.vacancy(vacancyId));
export const loadRegrade = (store: EventStore, caseId: string) =>
  load(store, aggregates.regrade, StreamId.regrade(caseId));
export const loadPolicy = (store: EventStore, family: string) =>
  load(store, aggregates.policy, StreamId.policy(family));
export const loadFramework = (store: EventStore, family: string) =>
  load(store, aggregates.framework, StreamId.framework(family));
export const loadAllocation = (store: EventStore, caseReference: string) =>
  load(store, aggregates.caseload, StreamId.allocation(caseReference));
