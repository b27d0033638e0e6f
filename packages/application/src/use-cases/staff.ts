import * as E from 'fp-ts/Either';
import { StreamId, type ActorRef, type StaffCommand, type StaffState } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import type { Written } from '../handle-command';
import type { UseCaseError } from './errors';
import { loadStaff, type Loaded } from './load';
import { checkOwnLine } from './own-line';
import type { RequestMeta } from './request';
import { run } from './run';

// HR admin records what happens to a member of staff: each fact is one command on the person.

type JoinStaff = Extract<StaffCommand, { readonly type: 'JoinStaff' }>;

/** A person joins: their stream is named by the id the command carries. */
export const joinStaff = (
  store: EventStore,
  command: JoinStaff,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> =>
  run(store, aggregates.staff, StreamId.staff(command.data.staffId), command, request);

/** Any fact about a person already on the staff (a qualification, a PDR, a leaving …). */
export const recordStaffFact = (
  store: EventStore,
  staffId: string,
  command: StaffCommand,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> =>
  run(store, aggregates.staff, StreamId.staff(staffId), command, request);

/** A staff record as it stands, for a caller allowed to see it (managers: their own line). */
export const readStaff = async (
  store: EventStore,
  actor: ActorRef,
  staffId: string,
): Promise<E.Either<UseCaseError, Loaded<StaffState>>> => {
  const inLine = await checkOwnLine(store, actor, staffId);
  return E.isLeft(inLine) ? inLine : loadStaff(store, staffId);
};
