import * as E from 'fp-ts/Either';
import { decodeEvent } from '../events/codec';
import { instantOf, utcDateOf } from '../primitives/time';
import type { RecordedFact } from '../recorded-fact';
import type { Axes, KnownFact } from './known-facts';

/**
 * A recorded fact read once for any number of evaluations: its payload decoded and its
 * dates parsed, so that asking about another date or instant only filters and compares.
 */
export interface DecodedFact {
  readonly eventId: string;
  readonly position: bigint;
  /** `recordedAt` as an instant; NaN when it does not parse (then it is never known). */
  readonly recordedInstant: number;
  /** The fact as evidence, or undefined when it cannot be evidence (it does not decode). */
  readonly known: KnownFact | undefined;
}

const decodeOne = (f: RecordedFact): DecodedFact => {
  const event = decodeEvent(f);
  // An envelope whose dates do not parse cannot be placed on either axis: not evidence.
  const readable = E.isRight(event) && !Number.isNaN(instantOf(f.effectiveAt));
  return {
    eventId: f.eventId,
    position: f.position,
    recordedInstant: instantOf(f.recordedAt),
    known: readable
      ? {
          eventId: f.eventId,
          streamName: f.streamName,
          position: f.position,
          recordedAt: f.recordedAt,
          effectiveOn: utcDateOf(f.effectiveAt),
          event: event.right,
        }
      : undefined,
  };
};

/** Decodes a history once, in the order given; pure, so the result can be kept and reused. */
export const decodeFacts = (history: readonly RecordedFact[]): readonly DecodedFact[] =>
  history.map(decodeOne);

const byLogOrder = (a: DecodedFact, b: DecodedFact): number =>
  a.position < b.position
    ? -1
    : a.position > b.position
      ? 1
      : a.eventId < b.eventId
        ? -1
        : a.eventId > b.eventId
          ? 1
          : 0;

/** `knownFacts` over facts decoded beforehand: the same facts, in the same order. */
export const knownDecodedFacts = (
  decoded: readonly DecodedFact[],
  { effectiveOn, knownAt }: Axes,
): {
  readonly facts: readonly KnownFact[];
  readonly unreadable: readonly string[];
  /** Everything recorded by `knownAt`, in log order, readable or not. */
  readonly known: readonly DecodedFact[];
  /** The event ids named by the retractions known by `knownAt`. */
  readonly retracted: ReadonlySet<string>;
} => {
  const cutoff = instantOf(knownAt);
  const known = decoded.filter((f) => f.recordedInstant <= cutoff).sort(byLogOrder);
  const readable: KnownFact[] = [];
  const unreadable: string[] = [];
  for (const f of known) {
    if (f.known === undefined) unreadable.push(f.eventId);
    else readable.push(f.known);
  }
  // A retraction counts from when it was recorded, whatever date it names.
  const retracted = new Set<string>();
  for (const f of readable)
    if (f.event.type === 'FactRetracted') retracted.add(f.event.data.retractedEventId);
  const facts = readable.filter(
    (f) =>
      f.event.type !== 'FactRetracted' && !retracted.has(f.eventId) && f.effectiveOn <= effectiveOn,
  );
  return { facts, unreadable, known, retracted };
};
