import type * as t from 'io-ts';
import type { ActorRef, IsoDateTime } from '@ladder/domain';

export type Definitions = Readonly<Record<string, { readonly body: t.Mixed }>>;

/** What a request body carries for the command of type K, once decoded with its codec. */
export type DataOf<D extends Definitions, K extends keyof D> = t.TypeOf<D[K]['body']>;

/** The command of type K in a family of definitions (`staffCommands`, `regradeCommands` …). */
export type Issued<D extends Definitions, K extends keyof D> = {
  readonly [P in K & string]: {
    readonly type: P;
    readonly data: t.TypeOf<D[P]['body']>;
    readonly actor: ActorRef;
    readonly at: IsoDateTime;
  };
}[K & string];

/**
 * K's body codec, typed as decoding to K's data: an edge that decodes a body with it may hand
 * the result to a use case for K (even where K is only a type parameter, as in route tables).
 */
export const bodyOf = <D extends Definitions, K extends keyof D>(
  definitions: D & { readonly [P in K]: D[P] },
  type: K,
): t.Type<DataOf<D, K>, unknown, unknown> => definitions[type].body;

/**
 * A domain command from data already decoded with its definition's body codec: the actor
 * and the instant come from the caller, so the body is decoded once and never again. The
 * data must be K's; the answer is one of the family's commands (for a K known only as a
 * type parameter, e.g. in a table of routes, TypeScript can still check it that way).
 */
export const issue = <D extends Definitions, K extends keyof D & string>(
  _definitions: D,
  type: K,
  data: DataOf<D, K>,
  by: { readonly actor: ActorRef; readonly at: IsoDateTime },
): Issued<D, keyof D> => ({ type, data, actor: by.actor, at: by.at });
