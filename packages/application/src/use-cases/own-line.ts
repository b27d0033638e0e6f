import * as E from 'fp-ts/Either';
import type { ActorRef } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import type { UseCaseError } from './errors';
import { loadStaff } from './load';

/**
 * Managers act only on their own line: the staff member must be a current direct report of
 * the manager who asks (the manager's own stream says whom they manage). Other roles pass;
 * whether they may act at all is for the edge's role list.
 */
export const checkOwnLine = async (
  store: EventStore,
  actor: ActorRef,
  staffId: string,
): Promise<E.Either<UseCaseError, void>> => {
  if (actor.role !== 'manager') return E.right(undefined);
  const refused = E.left<UseCaseError, void>({
    kind: 'not-in-line',
    managerId: actor.id,
    staffId,
  });
  const manager = await loadStaff(store, actor.id);
  if (E.isLeft(manager)) return manager.left.kind === 'not-found' ? refused : manager;
  const state = manager.right.state;
  if (state.status !== 'active' || !state.directReports.some((r) => r === staffId)) return refused;
  return E.right(undefined);
};
