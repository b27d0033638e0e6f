import type { Database } from 'better-sqlite3';
import type { EventStore } from '@ladder/event-store';
import { allProjections, describePoison, projectionNamed, rebuild } from '@ladder/projections';
import type { CommandResult } from './output';

/** `ladder rebuild [projection]`: replays the log into fresh tables and swaps them in. */
export const rebuildCommand = async (
  store: EventStore,
  db: Database,
  name: string | undefined,
): Promise<CommandResult> => {
  const definition = name === undefined ? undefined : projectionNamed(name);
  if (name !== undefined && definition === undefined)
    return {
      lines: [
        `unknown projection "${name}"; one of: ${allProjections.map((p) => p.name).join(', ')}`,
      ],
      exitCode: 64,
    };
  const projections = definition === undefined ? allProjections : [definition];
  const rss = () => process.memoryUsage().rss;
  let peak = rss();
  const report = await rebuild({
    store,
    db,
    projections,
    onProgress: () => (peak = Math.max(peak, rss())),
  });
  const lines = report.outcomes.map((o) =>
    o.kind === 'swapped'
      ? `${o.name}: rebuilt to position ${o.checkpoint} (generation ${o.generation})`
      : `${o.name}: NOT swapped, the old tables keep answering — ${describePoison(o.poison)}`,
  );
  lines.push(
    `${report.events} events in ${report.seconds.toFixed(2)} s (${Math.round(report.eventsPerSecond)} events/s), peak RSS ${Math.round(peak / 2 ** 20)} MiB`,
  );
  return { lines, exitCode: report.outcomes.every((o) => o.kind === 'swapped') ? 0 : 2 };
};
