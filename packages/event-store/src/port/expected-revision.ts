import * as E from 'fp-ts/Either';
import type { WrongExpectedRevision } from './errors';

/** The optimistic-concurrency contract of an append (same four modes as EventStoreDB). */
export type ExpectedRevision =
  | { readonly kind: 'any' }
  | { readonly kind: 'no-stream' }
  | { readonly kind: 'exists' }
  | { readonly kind: 'exact'; readonly revision: bigint };

export const ExpectedRevision = {
  any: { kind: 'any' } as ExpectedRevision,
  noStream: { kind: 'no-stream' } as ExpectedRevision,
  exists: { kind: 'exists' } as ExpectedRevision,
  exact: (revision: bigint): ExpectedRevision => ({ kind: 'exact', revision }),
};

/** A stream's current revision, or that it has no events yet. */
export type StreamRevision = bigint | 'no-stream';

/** The one pure check every adapter applies before writing. */
export const checkExpectedRevision = (
  streamName: string,
  expected: ExpectedRevision,
  actual: StreamRevision,
): E.Either<WrongExpectedRevision, void> => {
  const ok =
    expected.kind === 'any' ||
    (expected.kind === 'no-stream' && actual === 'no-stream') ||
    (expected.kind === 'exists' && actual !== 'no-stream') ||
    (expected.kind === 'exact' && actual === expected.revision);
  return ok
    ? E.right(undefined)
    : E.left({ code: 'WrongExpectedRevision', streamName, expected, actual });
};

export const describeExpectedRevision = (expected: ExpectedRevision): string =>
  expected.kind === 'exact' ? expected.revision.toString() : expected.kind;
