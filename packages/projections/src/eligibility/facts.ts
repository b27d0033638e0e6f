import type { RecordedFact } from '@ladder/domain';
import type { JsonValue, RecordedEvent } from '@ladder/event-store';
import { factsOnly } from '../audit/subject';

// The eligibility read model keeps each person's facts (and the vacancy and policy facts
// they are judged against) as stored envelopes, so a verdict for any date can be evaluated
// from the read-model file alone, without going back to the event store.

// The personal part is left out: the rules never read it, and a copy here would outlive an
// erasure (the key's destruction erases the log's copy, not this one).
export const storeFact = (event: RecordedEvent): string =>
  JSON.stringify({
    ...event,
    data: factsOnly(event.data).facts,
    revision: event.revision.toString(),
    position: event.position.toString(),
  });

interface StoredFact extends Omit<RecordedFact, 'revision' | 'position'> {
  readonly revision: string;
  readonly position: string;
  readonly data: JsonValue;
}

export const readFact = (json: string): RecordedFact => {
  const stored = JSON.parse(json) as StoredFact;
  return { ...stored, revision: BigInt(stored.revision), position: BigInt(stored.position) };
};
