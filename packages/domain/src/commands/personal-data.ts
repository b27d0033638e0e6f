import * as t from 'io-ts';
import { NonEmptyString } from '../primitives/strings';
import { defineCommand, type CommandOf } from './define';

/** An HR admin asks for a person's personal data to be erased (the reason goes in the envelope). */
export const RequestPersonalDataErasure = defineCommand(
  'RequestPersonalDataErasure',
  t.type({ requestId: NonEmptyString, staffId: NonEmptyString }),
);

/**
 * Another person approves it. `clearTextEventIds` is found by the application in the log
 * (events written before sealing), never given by a client.
 */
export const ApprovePersonalDataErasure = defineCommand(
  'ApprovePersonalDataErasure',
  t.type({ requestId: NonEmptyString, clearTextEventIds: t.array(t.string) }),
);

/** Erasure under the retention schedule: the rule is the approval. */
export const ErasePersonalDataByRetention = defineCommand(
  'ErasePersonalDataByRetention',
  t.intersection([
    t.type({
      staffId: NonEmptyString,
      rule: NonEmptyString,
      scope: t.keyof({ person: null, records: null }),
    }),
    t.partial({ eventIds: t.array(NonEmptyString), clearTextEventIds: t.array(t.string) }),
  ]),
);

export type PersonalDataCommand =
  | CommandOf<typeof RequestPersonalDataErasure>
  | CommandOf<typeof ApprovePersonalDataErasure>
  | CommandOf<typeof ErasePersonalDataByRetention>;

export const personalDataCommands = {
  RequestPersonalDataErasure,
  ApprovePersonalDataErasure,
  ErasePersonalDataByRetention,
} as const;
