import * as E from 'fp-ts/Either';
import type { EventStore } from '@ladder/event-store';
import type { CouncilAppend } from '@ladder/demo';

/** Appends a generated council's history to a store, in order. */
export const loadCouncil = async (
  store: EventStore,
  appends: readonly CouncilAppend[],
): Promise<void> => {
  for (const a of appends) {
    const result = await store.append(a.streamName, a.events);
    if (E.isLeft(result))
      throw new Error(`append to ${a.streamName} refused: ${JSON.stringify(result.left)}`);
  }
};
