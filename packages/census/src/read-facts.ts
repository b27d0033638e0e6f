import * as E from 'fp-ts/Either';
import { decodeEvent, instantOf, parseStreamName } from '@ladder/domain';
import { censusFactsFolder, type CensusFacts } from './facts';
import { censusEventTypes, type CensusLog } from './log';

export interface ReadProgress {
  readonly events: number;
  /** The log's head when reading started: events up to it are read. */
  readonly head: bigint;
  readonly position: bigint;
}

/** Events folded between yields to the event loop, so requests are answered meanwhile. */
const SLICE = 2_000;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Reads the census's events from the log, keeping those recorded by `knownAt` (the second
 * time axis: what Ladder knew then), and folds them into the return's facts. Reading the whole
 * log is long on a big council: it yields every few thousand events and reports progress.
 */
export const readCensusFacts = async (
  log: CensusLog,
  knownAt: string,
  onProgress: (progress: ReadProgress) => void = () => undefined,
): Promise<CensusFacts> => {
  const head = await log.headPosition();
  const known = instantOf(knownAt);
  const folder = censusFactsFolder();
  let events = 0;
  for await (const recorded of log.readAll({ filter: { eventTypes: censusEventTypes } })) {
    if (recorded.position > head) break;
    if (instantOf(recorded.recordedAt) <= known) {
      const stream = parseStreamName(recorded.streamName);
      const decoded = decodeEvent(recorded);
      if (E.isLeft(decoded))
        throw new Error(`cannot decode event ${recorded.eventId}: ${decoded.left.message}`);
      if (E.isRight(stream)) folder.add(stream.right, recorded, decoded.right);
    }
    events += 1;
    if (events % SLICE === 0) {
      onProgress({ events, head, position: recorded.position });
      await yieldToLoop();
    }
  }
  onProgress({ events, head, position: head });
  return folder.facts();
};
