import * as E from 'fp-ts/Either';
import {
  decodeEvent,
  streamNameOf,
  StreamId,
  type FrameworkCatalogue,
  type FrameworkDocument,
} from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';

/** `framework-`: the one prefix all framework streams share (see `StreamId.framework`). */
const FRAMEWORK_STREAMS = streamNameOf(StreamId.framework(''));

interface Kept {
  /** The log position read through. */
  readonly through: bigint;
  readonly catalogue: FrameworkCatalogue;
}

// Kept per store and dropped with it: framework versions are only ever appended, so what was
// read stays true and only the log after `through` is read again, filtered to framework
// streams (the SQLite adapter and EventStoreDB both filter on their side).
const kept = new WeakMap<EventStore, Kept>();

/**
 * Every family's published framework versions as the store holds them now: what a command
 * is decided against. A framework published a moment ago is in it (no restart, no reload).
 */
export const knownFrameworks = async (store: EventStore): Promise<FrameworkCatalogue> => {
  const head = await store.headPosition();
  const hit = kept.get(store);
  if (hit !== undefined && hit.through >= head) return hit.catalogue;
  const added: FrameworkDocument[] = [];
  const after = hit?.through ?? 0n;
  for await (const recorded of store.readAll({
    after,
    filter: { streamPrefixes: [FRAMEWORK_STREAMS] },
  })) {
    if (recorded.position > head) break;
    const decoded = decodeEvent(recorded);
    if (E.isRight(decoded) && decoded.right.type === 'CareerFrameworkPublished')
      added.push(decoded.right.data.document);
  }
  const catalogue =
    added.length === 0 ? (hit?.catalogue ?? []) : [...(hit?.catalogue ?? []), ...added];
  kept.set(store, { through: head, catalogue });
  return catalogue;
};
