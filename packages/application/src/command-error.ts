import type { DomainError, HydrateError } from '@ladder/domain';
import type { EventStoreError, WrongExpectedRevision } from '@ladder/event-store';

/** Why a command was not applied; the HTTP edge and the Kafka consumers map these. */
export type CommandError =
  /** The rules refused it (see `DomainError.category`). */
  | { readonly kind: 'domain'; readonly error: DomainError }
  /**
   * The caller's expected revision did not hold (their copy of the stream is stale). Only a
   * caller who named one gets this; everyone else has a lost race retried for them.
   */
  | { readonly kind: 'stale'; readonly error: WrongExpectedRevision }
  /** The store refused or failed (bad input, too large, unavailable, still racing). */
  | { readonly kind: 'store'; readonly error: EventStoreError }
  /** A stored event could not be read back: the stream needs an operator, not a retry. */
  | {
      readonly kind: 'unreadable-stream';
      readonly streamName: string;
      readonly error: HydrateError;
    };
