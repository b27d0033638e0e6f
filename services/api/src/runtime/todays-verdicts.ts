import type { Logger } from 'pino';
import { spawnThread } from '@ladder/event-store/threads';
import type { Runner } from '@ladder/projections';

/** How often the kept verdicts are brought up to date (new facts, and the date turning). */
const EVERY_MS = 60 * 60 * 1000;

type Outcome =
  | { readonly kind: 'done'; readonly evaluated: number }
  | { readonly kind: 'failed'; readonly message: string };

const isOutcome = (m: unknown): m is Outcome =>
  typeof m === 'object' && m !== null && 'kind' in m && (m.kind === 'done' || m.kind === 'failed');

/**
 * Keeps everyone's verdict for today ahead of the planners' asking: the pipeline for today
 * would otherwise evaluate, on the request, everyone whose stored verdict time has overtaken
 * (about half of a council). Run once the backlog at start is applied, then hourly (which
 * evaluates only those with something new, and everyone once the date turns), on a worker
 * thread with its own connection to the read-model file, so requests never wait behind it.
 */
export const keepTodaysVerdicts = (options: {
  readonly readModels: string;
  readonly runner: Pick<Runner, 'caughtUp'>;
  readonly now: () => Date;
  readonly logger: Logger;
}): { readonly stop: () => Promise<void> } => {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: ReturnType<typeof spawnThread> | undefined;
  const next = (): void => {
    running = undefined;
    if (!stopped) timer = setTimeout(run, EVERY_MS).unref();
  };
  const run = (): void => {
    if (stopped) return;
    const today = options.now().toISOString().slice(0, 10);
    const started = performance.now();
    const worker = spawnThread(new URL('./todays-verdicts.worker.ts', import.meta.url), {
      readModels: options.readModels,
      asOf: today,
    });
    running = worker;
    worker.unref();
    worker.on('message', (m: unknown) => {
      if (!isOutcome(m)) return;
      if (m.kind === 'done' && m.evaluated > 0)
        options.logger.info(
          { today, evaluated: m.evaluated, ms: Math.round(performance.now() - started) },
          'verdicts for today kept',
        );
      // The pages still answer without them, evaluating on demand.
      if (m.kind === 'failed')
        options.logger.warn({ reason: m.message }, 'could not keep verdicts for today');
    });
    worker.on('error', (e) => options.logger.warn({ err: e }, 'could not keep verdicts for today'));
    worker.on('exit', next);
  };
  // An in-memory read-model database has no file for a second connection: nothing is kept.
  if (options.readModels !== ':memory:') void options.runner.caughtUp.then(run);
  return {
    stop: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running?.terminate();
    },
  };
};
