import type * as E from 'fp-ts/Either';
import type { ApiError } from '../http/problem';
import type { RequestContext } from '../http/route';

/** What the edge needs from a write: where it landed, for the ETag and read-your-writes. */
export interface Written {
  readonly streamName: string;
  /** The stream revision after the write: the new ETag. */
  readonly revision: bigint;
  /** Global position of the last event written (0n when the command was a no-op). */
  readonly position: bigint;
  readonly eventIds: readonly string[];
}

/**
 * Runs one domain command against one stream: load, fold, decide, append with the expected
 * revision (If-Match when given). Routes see only this; `@ladder/application` does the work.
 */
export type RunCommand<C> = (
  stream: { readonly kind: 'staff' | 'vacancy' | 'regrade' | 'policy'; readonly id: string },
  command: C,
  ctx: RequestContext,
) => Promise<E.Either<ApiError, Written>>;
