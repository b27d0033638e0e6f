import type { RecordedFact } from '../recorded-fact';
import { decodeFacts, knownDecodedFacts } from './decoded-facts';
import type { Axes } from './known-facts';

/** How one recorded fact stands in the cut "as known at R, on E". */
export interface Standing {
  readonly eventId: string;
  /** A retraction known at R names it. */
  readonly retracted: boolean;
  /** It counts as evidence on E as known at R: the facts `knownFacts` keeps. */
  readonly inEffect: boolean;
}

/**
 * The facts of a history known at `knownAt`, in log order, each marked as the rules read it:
 * retracted (by a retraction known by then) and in effect on `effectiveOn`. The same cut as
 * `knownFacts`, for readers who show every fact rather than only the ones that count.
 * A retraction is in effect from its own effective date (it is a fact about the record).
 */
export const standingsAt = (history: readonly RecordedFact[], axes: Axes): readonly Standing[] => {
  const { facts, known, retracted } = knownDecodedFacts(decodeFacts(history), axes);
  const counting = new Set(facts.map((f) => f.eventId));
  return known.map((f) => ({
    eventId: f.eventId,
    retracted: retracted.has(f.eventId),
    inEffect:
      counting.has(f.eventId) ||
      (f.known?.event.type === 'FactRetracted' && f.known.effectiveOn <= axes.effectiveOn),
  }));
};
