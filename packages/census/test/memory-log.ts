import type { JsonValue } from '@ladder/domain';
import type { CouncilAppend } from '@ladder/demo';
import type { CensusLog, LogEvent } from '../src/log';

/** A log in memory for the census's tests: events in order, each with its recorded time. */
export const memoryLog = (events: readonly LogEvent[]): CensusLog => ({
  readAll: async function* (options) {
    const types = options?.filter?.eventTypes;
    for (const e of events) if (types === undefined || types.includes(e.type)) yield e;
    await Promise.resolve();
  },
  headPosition: () => Promise.resolve(BigInt(events.length)),
});

/** A generated council's appends as a log, each event recorded the day it was true. */
export const councilLog = (appends: readonly CouncilAppend[]): CensusLog => {
  let position = 0n;
  return memoryLog(
    appends.flatMap((a) =>
      a.events.map((e) => {
        position += 1n;
        return {
          ...e,
          streamName: a.streamName,
          revision: position,
          recordedAt: e.effectiveAt,
          position,
        };
      }),
    ),
  );
};

/** A hand-written history: `[stream, type, data, recordedAt]` rows, in log order. */
export const logOf = (
  rows: readonly (readonly [string, string, JsonValue, string])[],
  schemaVersions: Readonly<Record<string, number>> = {},
): CensusLog =>
  memoryLog(
    rows.map(([streamName, type, data, recordedAt], i) => ({
      eventId: `e${String(i + 1)}`,
      type,
      schemaVersion: schemaVersions[type] ?? 1,
      data,
      streamName,
      revision: BigInt(i),
      recordedAt,
      effectiveAt: recordedAt,
      actor: { id: 'hr-1', role: 'hr-admin' },
      correlationId: `c${String(i + 1)}`,
      causationId: null,
      position: BigInt(i + 1),
    })),
  );
