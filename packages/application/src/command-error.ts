import type { DomainError, HydrateError } from '@ladder/domain';
import type { EventStoreError } from '@ladder/event-store';

/** Why a command was not applied; the HTTP edge and the Kafka consumers map these. */
export type CommandError =
  /** The rules refused it (see `DomainError.category`). */
  | { readonly kind: 'domain'; readonly error: DomainError }
  /** The store refused or failed (a conflict with If-Match, bad input, unavailable). */
  | { readonly kind: 'store'; readonly error: EventStoreError }
  /** A stored event could not be read back: the stream needs an operator, not a retry. */
  | {
      readonly kind: 'unreadable-stream';
      readonly streamName: string;
      readonly error: HydrateError;
    };
