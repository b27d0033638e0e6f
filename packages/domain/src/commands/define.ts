import * as t from 'io-ts';
import { ActorRef } from '../primitives/actor';
import { IsoDateTime } from '../primitives/time';

/**
 * A command is `{ type, data, actor, at }`. `data` is what a request body carries (validate
 * bodies with `body`); `actor` comes from the caller's token and `at` from the edge's clock,
 * so the domain never reads the clock and nobody can claim to be someone else.
 */
export const defineCommand = <Type extends string, Body extends t.Mixed>(
  type: Type,
  body: Body,
): CommandDefinition<Type, Body> => ({
  type,
  body,
  codec: t.type({ type: t.literal(type), data: body, actor: ActorRef, at: IsoDateTime }, type),
});

export interface CommandDefinition<Type extends string, Body extends t.Mixed> {
  readonly type: Type;
  readonly body: Body;
  readonly codec: t.TypeC<{
    type: t.LiteralC<Type>;
    data: Body;
    actor: typeof ActorRef;
    at: typeof IsoDateTime;
  }>;
}

export type CommandOf<D extends { readonly codec: t.Mixed }> = t.TypeOf<D['codec']>;
