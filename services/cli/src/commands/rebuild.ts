import type { Database } from 'better-sqlite3';
import type { EventStore } from '@ladder/event-store';
import { allProjections, describePoison, projectionNamed, rebuild } from '@ladder/projections';
import * as E from 'fp-ts/Either';
import { commandArgs } from './args';
import type { CommandResult } from './output';
import { progressLine, type Progress } from './progress';

const usageError = (message: string): CommandResult => ({
  lines: [message, 'usage: ladder rebuild [projection] [--threads 1|2]'],
  exitCode: 64,
  json: { error: message },
});

/** `ladder rebuild [projection] [--threads 2]`: replays the log into fresh tables, swaps them in. */
export const rebuildCommand = async (
  store: EventStore,
  db: Database,
  args: readonly string[],
  progress: Progress = () => undefined,
): Promise<CommandResult> => {
  const parsed = commandArgs(args, { threads: { type: 'string' } } as const);
  if (E.isLeft(parsed)) return usageError(parsed.left);
  const { values, positionals } = parsed.right;
  const [name, ...extra] = positionals;
  if (extra.length > 0) return usageError(`unexpected "${extra.join(' ')}"`);
  const threads = values.threads ?? '1';
  if (threads !== '1' && threads !== '2') return usageError('--threads takes 1 or 2');
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
    threads: threads === '2' ? 2 : 1,
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
