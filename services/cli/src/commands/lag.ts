import type { Database } from 'better-sqlite3';
import type { EventStore } from '@ladder/event-store';
import { describePoison, projectionLag } from '@ladder/projections';
import type { CommandResult } from './output';

/** `ladder lag`: each projection's checkpoint against the head of the log. */
export const lagCommand = async (store: EventStore, db: Database): Promise<CommandResult> => {
  const lags = await projectionLag(db, store);
  if (lags.length === 0)
    return {
      lines: ['no projections yet: start the projector or run `ladder rebuild`'],
      exitCode: 0,
      json: { projections: [] },
    };
  const width = Math.max(...lags.map((l) => l.name.length));
  const lines = lags.map(
    (l) =>
      `${l.name.padEnd(width)}  ${l.status.padEnd(7)}  checkpoint ${l.checkpoint}  head ${l.head}  lag ${l.lag}` +
      (l.error === null ? '' : `\n${' '.repeat(width + 2)}${describePoison(l.error)}`),
  );
  return {
    lines,
    exitCode: lags.some((l) => l.status === 'stopped') ? 2 : 0,
    json: {
      projections: lags.map((l) => ({
        name: l.name,
        status: l.status,
        checkpoint: String(l.checkpoint),
        head: String(l.head),
        lag: String(l.lag),
        error: l.error === null ? null : describePoison(l.error),
      })),
    },
  };
};
