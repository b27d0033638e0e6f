import type { DomainEvent, DomainEventType } from '../events/domain-event';
import type { IsoDate } from '../primitives/time';
import type { RecordedFact } from '../recorded-fact';
import { decodeFacts, knownDecodedFacts } from './decoded-facts';

/** A decoded event that counts for an evaluation, with the envelope parts the rules use. */
export interface KnownFact<Ev extends DomainEvent = DomainEvent> {
  readonly eventId: string;
  readonly streamName: string;
  readonly position: bigint;
  readonly recordedAt: string;
  /** The UTC date it is true from. */
  readonly effectiveOn: IsoDate;
  readonly event: Ev;
}

export interface Axes {
  readonly effectiveOn: IsoDate;
  readonly knownAt: string;
}

/**
 * "As known at R, what was true on E": drops events recorded after `knownAt`, events whose
 * effective date is after `effectiveOn`, events retracted by a retraction known at `knownAt`,
 * and the retractions themselves. Order of the input does not matter: the log order decides.
 * Events that do not decode are left out (they cannot be evidence), and reported.
 */
export const knownFacts = (
  history: readonly RecordedFact[],
  axes: Axes,
): { readonly facts: readonly KnownFact[]; readonly unreadable: readonly string[] } => {
  const { facts, unreadable } = knownDecodedFacts(decodeFacts(history), axes);
  return { facts, unreadable };
};

/** The facts of one event type, typed. */
export const factsOfType = <T extends DomainEventType>(
  facts: readonly KnownFact[],
  type: T,
): readonly KnownFact<Extract<DomainEvent, { type: T }>>[] =>
  facts.filter((f): f is KnownFact<Extract<DomainEvent, { type: T }>> => f.event.type === type);
