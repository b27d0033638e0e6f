import type { Either } from 'fp-ts/Either';

/** Why an inbound message was not applied; it goes to the dead-letter topic with this. */
export interface Rejection {
  /** `invalid`: failed validation. `refused`: valid, but a domain rule said no. */
  readonly code: 'invalid' | 'refused';
  /** Names the field or the rule. */
  readonly reason: string;
}

/**
 * `duplicate`: the message had been applied before (a redelivery); nothing was written.
 * `unchanged`: valid, and the record already says so (the domain decided no new event).
 */
export type Applied = 'applied' | 'duplicate' | 'unchanged';

/**
 * Validates one inbound message and applies it to the store once. Returns a Rejection for a
 * message that can never be applied; throws only for a failure worth retrying (the store is
 * unavailable), in which case the message is redelivered, not dead-lettered.
 */
export interface FactHandler {
  readonly topic: string;
  readonly handle: (value: unknown) => Promise<Either<Rejection, Applied>>;
}
