import type { Database } from 'better-sqlite3';
import type { EventStore } from '@ladder/event-store';
import { allProjections, describePoison, projectionNamed, rebuild } from '@ladder/projections';
import type { CommandResult } from './output';
import { progressLine, type Progress } from './progress';

/** `ladder rebuild [projection]`: replays the log into fresh tables and swaps them in. */
export const rebuildCommand = async (
  store: EventStore,
  db: Database,
  name: string | undefined,
  progress: Progress = () => undefined,
): Promise<CommandResult> => {
  const definition = name === undefined ? undefined : projectionNamed(name);
  if (name !== undefined && definition === undefined)
    return {
      lines: [
        `unknown projection "${name}"; one of: ${allProjections.map((p) => p.name).join(', ')}`,
      ],
      exitCode: 64,
      json: { error: `unknown projection "${name}"` },
    };
  const projections = definition === undefined ? allProjections : [definition];
  const rss = () => process.memoryUsage().rss;
  let peak = rss();
  const head = Number(await store.headPosition());
  const started = Date.now();
  const report = await rebuild({
    store,
    db,
    projections,
    onProgress: (events, position) => {
      peak = Math.max(peak, rss());
      progress(() =>
        progressLine({
          count: events,
          unit: 'events',
          done: head === 0 ? 1 : Number(position) / head,
          started,
          detail: `to position ${position} of ${head}`,
        }),
      );
    },
  });
  progress(null);
  const lines = report.outcomes.map((o) =>
    o.kind === 'swapped'
      ? `${o.name}: rebuilt to position ${o.checkpoint} (generation ${o.generation})`
      : `${o.name}: NOT swapped, the old tables keep answering — ${describePoison(o.poison)}`,
  );
  lines.push(
    `${report.events} events in ${report.seconds.toFixed(2)} s (${Math.round(report.eventsPerSecond)} events/s), peak RSS ${Math.round(peak / 2 ** 20)} MiB`,
  );
  return {
    lines,
    exitCode: report.outcomes.every((o) => o.kind === 'swapped') ? 0 : 2,
    json: {
      projections: report.outcomes.map((o) =>
        o.kind === 'swapped'
          ? {
              name: o.name,
              swapped: true,
              checkpoint: String(o.checkpoint),
              generation: o.generation,
            }
          : { name: o.name, swapped: false, reason: describePoison(o.poison) },
      ),
      events: report.events,
      seconds: report.seconds,
      eventsPerSecond: report.eventsPerSecond,
      peakRssMiB: Math.round(peak / 2 ** 20),
    },
  };
};
