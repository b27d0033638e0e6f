import * as t from 'io-ts';
import { NonEmptyString } from './strings';

/** Who did something: from the caller's token at the edge, never from a request body. */
export const ActorRef = t.type({ id: NonEmptyString, role: NonEmptyString }, 'ActorRef');
export type ActorRef = t.TypeOf<typeof ActorRef>;
