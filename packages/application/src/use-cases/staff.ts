import * as E from 'fp-ts/Either';
import { staffCommands, StreamId, type ActorRef, type StaffState } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import type { Written } from '../handle-command';
import type { UseCaseError } from './errors';
import type { DataOf } from './issue';
import { loadStaff, type Loaded } from './load';
import { checkOwnLine } from './own-line';
import type { RequestMeta } from './request';
import { run } from './run';

// HR admin records what happens to a member of staff: each fact is one command on the person.

type Commands = typeof staffCommands;
/** Every staff command but joining: the facts recorded about someone already on the staff. */
export type StaffFact = Exclude<keyof Commands, 'JoinStaff'>;

/** A person joins: their stream is named by the id the joining carries. */
export const joinStaff = (
  store: EventStore,
  joining: DataOf<Commands, 'JoinStaff'>,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> =>
  run(
    store,
    aggregates.staff,
    staffCommands,
    StreamId.staff(joining.staffId),
    'JoinStaff',
    joining,
    request,
  );

/** A fact about a person already on the staff (a qualification, a PDR, a leaving …). */
export const recordStaffFact = <K extends StaffFact>(
  store: EventStore,
  staffId: string,
  fact: K,
  data: DataOf<Commands, K>,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> =>
  run(store, aggregates.staff, staffCommands, StreamId.staff(staffId), fact, data, request);

/** A staff record as it stands, for a caller allowed to see it (managers: their own line). */
export const readStaff = async (
  store: EventStore,
  actor: ActorRef,
  staffId: string,
): Promise<E.Either<UseCaseError, Loaded<StaffState>>> => {
  const inLine = await checkOwnLine(store, actor, staffId);
  return E.isLeft(inLine) ? inLine : loadStaff(store, staffId);
};
