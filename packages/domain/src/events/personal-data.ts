import * as t from 'io-ts';
import { ActorRef } from '../primitives/actor';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate } from '../primitives/time';
import { defineEvent, type EventOf } from './define';
import { exactPartial, exactType } from './exact';

// The erasure of a person's personal data, on its own stream (`personal-<staffId>`). These
// events hold no personal data themselves: ids, roles, dates and which rule applied.

/** A whole person (every key destroyed), or some records' personal parts (e.g. DBS details). */
export const ErasureScope = t.keyof({ person: null, records: null }, 'ErasureScope');
export type ErasureScope = t.TypeOf<typeof ErasureScope>;

/** Asked by a person (and approved by another), or due under the retention schedule. */
export const ErasureBasis = t.keyof({ request: null, retention: null }, 'ErasureBasis');
export type ErasureBasis = t.TypeOf<typeof ErasureBasis>;

export const PersonalDataErasureRequested = defineEvent(
  'PersonalDataErasureRequested',
  1,
  exactType({
    requestId: NonEmptyString,
    staffId: NonEmptyString,
    requestedBy: ActorRef,
    requestedOn: IsoDate,
  }),
);

export const PersonalDataErased = defineEvent(
  'PersonalDataErased',
  1,
  t.intersection([
    exactType({
      staffId: NonEmptyString,
      scope: ErasureScope,
      basis: ErasureBasis,
      erasedOn: IsoDate,
    }),
    exactPartial({
      requestId: NonEmptyString,
      requestedBy: ActorRef,
      approvedBy: ActorRef,
      /** The retention rule that made it due. */
      rule: NonEmptyString,
      /** For scope `records`: the events whose personal parts were erased. */
      eventIds: t.array(t.string),
      /** Events written in clear before sealing existed: their personal parts could not be shredded. */
      clearTextEventIds: t.array(t.string),
    }),
  ]),
);

export const personalDataEventDefinitions = [
  PersonalDataErasureRequested,
  PersonalDataErased,
] as const;

export type PersonalDataEvent = EventOf<(typeof personalDataEventDefinitions)[number]>;
