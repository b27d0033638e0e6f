import * as E from 'fp-ts/Either';
import {
  decodeEvent,
  personalDataCommands,
  StreamId,
  streamNameOf,
  type NonEmptyString,
} from '@ladder/domain';
import type { EventStore, PersonalKeyService } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import { readWholeStream, type Written } from '../handle-command';
import type { UseCaseError } from '../use-cases/errors';
import type { DataOf } from '../use-cases/issue';
import type { RequestMeta } from '../use-cases/request';
import { run } from '../use-cases/run';
import { storedInClear } from './clear-text';
import { dbsKeyId } from './key-ref';

// Erasing a person: an HR admin asks, another person approves (the domain refuses the same
// person), the erasure is recorded, then the person's keys are destroyed. Recorded first, so
// an erasure is never done without its record; `reapplyErasures` finishes one a crash cut short.

type Commands = typeof personalDataCommands;

export interface PersonalDataContext {
  readonly store: EventStore;
  readonly keys: PersonalKeyService;
}

export const onPerson = <K extends keyof Commands>(
  store: EventStore,
  staffId: string,
  type: K,
  data: DataOf<Commands, K>,
  request: RequestMeta,
) =>
  run(
    store,
    aggregates.personal,
    personalDataCommands,
    StreamId.personal(staffId),
    type,
    data,
    request,
  );

/** The events of a person's own stream whose personal parts are in clear (cannot be shredded). */
export const clearTextEventIds = async (store: EventStore, staffId: string): Promise<string[]> =>
  (await readWholeStream(store, streamNameOf(StreamId.staff(staffId))))
    .filter(storedInClear)
    .map((e) => e.eventId);

export const requestErasure = (
  ctx: PersonalDataContext,
  staffId: NonEmptyString,
  requestId: NonEmptyString,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> =>
  onPerson(ctx.store, staffId, 'RequestPersonalDataErasure', { requestId, staffId }, request);

export interface Erasure {
  readonly written: Written;
  readonly keysDestroyed: number;
  /** Events whose personal parts were written in clear before sealing: not erased by this. */
  readonly clearTextEventIds: readonly string[];
}

export const approveErasure = async (
  ctx: PersonalDataContext,
  staffId: NonEmptyString,
  requestId: NonEmptyString,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Erasure>> => {
  const clear = await clearTextEventIds(ctx.store, staffId);
  const written = await onPerson(
    ctx.store,
    staffId,
    'ApprovePersonalDataErasure',
    { requestId, clearTextEventIds: clear },
    request,
  );
  if (E.isLeft(written)) return written;
  const { destroyed } = await ctx.keys.destroySubject(staffId, request.at);
  return E.right({ written: written.right, keysDestroyed: destroyed, clearTextEventIds: clear });
};

/** Destroys the keys an erasure record names (idempotent): run at start, after a crash. */
export const reapplyErasures = async (ctx: PersonalDataContext): Promise<number> => {
  let destroyed = 0;
  for await (const event of ctx.store.readAll({ filter: { eventTypes: ['PersonalDataErased'] } })) {
    const decoded = decodeEvent(event);
    if (E.isLeft(decoded) || decoded.right.type !== 'PersonalDataErased') continue;
    const { staffId, scope, eventIds = [] } = decoded.right.data;
    if (scope === 'person')
      destroyed += (await ctx.keys.destroySubject(staffId, event.recordedAt)).destroyed;
    else
      for (const id of eventIds)
        destroyed += (await ctx.keys.destroyKey(dbsKeyId(staffId, id), event.recordedAt)).destroyed;
  }
  return destroyed;
};

/** An erasure asked for and not yet approved: what the approver's page lists. */
export interface OpenErasureRequest {
  readonly staffId: string;
  readonly requestId: string;
  readonly requestedBy: { readonly id: string; readonly role: string };
  readonly requestedOn: string;
  readonly reason: string | null;
}

/** Every open erasure request, oldest first (one pass over two event types). */
export const openErasureRequests = async (store: EventStore): Promise<OpenErasureRequest[]> => {
  const open = new Map<string, OpenErasureRequest>();
  const types = ['PersonalDataErasureRequested', 'PersonalDataErased'];
  for await (const event of store.readAll({ filter: { eventTypes: types } })) {
    const decoded = decodeEvent(event);
    if (E.isLeft(decoded)) continue;
    const e = decoded.right;
    if (e.type === 'PersonalDataErasureRequested')
      open.set(e.data.staffId, { ...e.data, reason: event.reason ?? null });
    else if (e.type === 'PersonalDataErased' && e.data.scope === 'person')
      open.delete(e.data.staffId);
  }
  return [...open.values()];
};
