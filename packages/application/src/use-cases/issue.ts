import type * as t from 'io-ts';
import type { ActorRef, IsoDateTime } from '@ladder/domain';

type Definitions = Readonly<Record<string, { readonly body: t.Mixed }>>;

/** The command of type K in a family of definitions (`staffCommands`, `regradeCommands` …). */
export type Issued<D extends Definitions, K extends keyof D> = {
  readonly [P in K]: {
    readonly type: P;
    readonly data: t.TypeOf<D[P]['body']>;
    readonly actor: ActorRef;
    readonly at: IsoDateTime;
  };
}[K];

/**
 * A domain command from data already decoded with its definition's body codec: the actor
 * and the instant come from the caller, so the body is decoded once and never again.
 */
export const issue = <D extends Definitions, K extends keyof D & string>(
  _definitions: D,
  type: K,
  data: t.TypeOf<D[K]['body']>,
  by: { readonly actor: ActorRef; readonly at: IsoDateTime },
): Issued<D, K> => ({ type, data, actor: by.actor, at: by.at });
