import * as E from 'fp-ts/Either';
import { decodeEvent } from '../events/codec';
import type { DomainEvent, DomainEventType } from '../events/domain-event';
import { instantOf, utcDateOf, type IsoDate } from '../primitives/time';
import type { RecordedFact } from '../recorded-fact';

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

const byLogOrder = (a: RecordedFact, b: RecordedFact): number =>
  a.position < b.position
    ? -1
    : a.position > b.position
      ? 1
      : a.eventId < b.eventId
        ? -1
        : a.eventId > b.eventId
          ? 1
          : 0;

/**
 * "As known at R, what was true on E": drops events recorded after `knownAt`, events whose
 * effective date is after `effectiveOn`, events retracted by a retraction known at `knownAt`,
 * and the retractions themselves. Order of the input does not matter: the log order decides.
 * Events that do not decode are left out (they cannot be evidence), and reported.
 */
export const knownFacts = (
  history: readonly RecordedFact[],
  { effectiveOn, knownAt }: Axes,
): { readonly facts: readonly KnownFact[]; readonly unreadable: readonly string[] } => {
  const cutoff = instantOf(knownAt);
  const known = history.filter((f) => instantOf(f.recordedAt) <= cutoff).sort(byLogOrder);
  const decoded: KnownFact[] = [];
  const unreadable: string[] = [];
  for (const f of known) {
    const event = decodeEvent(f);
    // An envelope whose dates do not parse cannot be placed on either axis: not evidence.
    if (E.isLeft(event) || Number.isNaN(instantOf(f.effectiveAt))) {
      unreadable.push(f.eventId);
      continue;
    }
    decoded.push({
      eventId: f.eventId,
      streamName: f.streamName,
      position: f.position,
      recordedAt: f.recordedAt,
      effectiveOn: utcDateOf(f.effectiveAt),
      event: event.right,
    });
  }
  // A retraction counts from when it was recorded, whatever date it names.
  const retracted = new Set<string>(
    decoded.flatMap((f) =>
      f.event.type === 'FactRetracted' ? [f.event.data.retractedEventId] : [],
    ),
  );
  const facts = decoded.filter(
    (f) =>
      f.event.type !== 'FactRetracted' && !retracted.has(f.eventId) && f.effectiveOn <= effectiveOn,
  );
  return { facts, unreadable };
};

/** The facts of one event type, typed. */
export const factsOfType = <T extends DomainEventType>(
  facts: readonly KnownFact[],
  type: T,
): readonly KnownFact<Extract<DomainEvent, { type: T }>>[] =>
  facts.filter((f): f is KnownFact<Extract<DomainEvent, { type: T }>> => f.event.type === type);
