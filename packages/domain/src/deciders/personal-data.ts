import * as E from 'fp-ts/Either';
import type { PersonalDataCommand } from '../commands/personal-data';
import type { Decider } from '../decider';
import { domainError } from '../errors';
import type { PersonalDataEvent } from '../events/personal-data';
import type { ActorRef } from '../primitives/actor';
import type { NonEmptyString } from '../primitives/strings';
import { utcDateOf } from '../primitives/time';

/** One person's erasure stream: nothing asked, one request open, or erased as a whole. */
export type PersonalDataState =
  | { readonly status: 'kept' }
  | {
      readonly status: 'requested';
      readonly staffId: NonEmptyString;
      readonly requestId: NonEmptyString;
      readonly requestedBy: ActorRef;
    }
  | { readonly status: 'erased'; readonly staffId: string; readonly erasedOn: string };

const alreadyErased = (s: Extract<PersonalDataState, { status: 'erased' }>) =>
  domainError(
    'PersonalDataAlreadyErased',
    'A person’s personal data is erased once, for good',
    `the personal data of ${s.staffId} was erased on ${s.erasedOn}`,
  );

const decide = (
  command: PersonalDataCommand,
  s: PersonalDataState,
): E.Either<ReturnType<typeof domainError>, readonly PersonalDataEvent[]> => {
  const on = utcDateOf(command.at);
  switch (command.type) {
    case 'RequestPersonalDataErasure':
      if (s.status === 'erased') return E.left(alreadyErased(s));
      if (s.status === 'requested')
        return E.left(
          domainError(
            'ErasureAlreadyRequested',
            'One erasure request per person is open at a time',
            `request ${s.requestId} for ${s.staffId} awaits approval`,
          ),
        );
      return E.right([
        {
          type: 'PersonalDataErasureRequested',
          data: {
            requestId: command.data.requestId,
            staffId: command.data.staffId,
            requestedBy: command.actor,
            requestedOn: on,
          },
        },
      ]);
    case 'ApprovePersonalDataErasure':
      if (s.status === 'erased') return E.left(alreadyErased(s));
      if (s.status !== 'requested' || s.requestId !== command.data.requestId)
        return E.left(
          domainError(
            'ErasureRequestNotFound',
            'An erasure is approved only after it was requested',
            `no open erasure request ${command.data.requestId}`,
          ),
        );
      if (command.actor.id === s.requestedBy.id)
        return E.left(
          domainError(
            'ApproverIsRequester',
            'Nobody approves their own request: a second person approves an erasure',
            `${command.actor.id} requested this erasure`,
          ),
        );
      return E.right([
        {
          type: 'PersonalDataErased',
          data: {
            staffId: s.staffId,
            scope: 'person',
            basis: 'request',
            erasedOn: on,
            requestId: s.requestId,
            requestedBy: s.requestedBy,
            approvedBy: command.actor,
            clearTextEventIds: command.data.clearTextEventIds,
          },
        },
      ]);
    case 'ErasePersonalDataByRetention': {
      if (s.status === 'erased') return E.left(alreadyErased(s));
      const { staffId, rule, scope, eventIds, clearTextEventIds } = command.data;
      return E.right([
        {
          type: 'PersonalDataErased',
          data: {
            staffId,
            scope,
            basis: 'retention',
            erasedOn: on,
            rule,
            ...(eventIds !== undefined ? { eventIds } : {}),
            ...(clearTextEventIds !== undefined ? { clearTextEventIds } : {}),
          },
        },
      ]);
    }
  }
};

const evolve = (s: PersonalDataState, event: PersonalDataEvent): PersonalDataState => {
  switch (event.type) {
    case 'PersonalDataErasureRequested':
      return {
        status: 'requested',
        staffId: event.data.staffId,
        requestId: event.data.requestId,
        requestedBy: event.data.requestedBy,
      };
    case 'PersonalDataErased':
      // Erasing some records (retention of DBS details) leaves the person's request open.
      return event.data.scope === 'person'
        ? { status: 'erased', staffId: event.data.staffId, erasedOn: event.data.erasedOn }
        : s;
  }
};

/** The erasure of one person's personal data: asked by one person, approved by another. */
export const personalDataDecider: Decider<
  PersonalDataCommand,
  PersonalDataEvent,
  PersonalDataState
> = { decide, evolve, initialState: { status: 'kept' } };
