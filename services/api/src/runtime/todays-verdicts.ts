import type { Database } from 'better-sqlite3';
import type { Logger } from 'pino';
import { keepVerdictsOn, type Runner } from '@ladder/projections';

/** How often the kept verdicts are brought up to date (new facts, and the date turning). */
const EVERY_MS = 60 * 60 * 1000;

/**
 * Keeps everyone's verdict for today ahead of the planners' asking: the pipeline for today
 * would otherwise evaluate, on the request, everyone whose stored verdict time has overtaken
 * (about half of a council). Run once the backlog at start is applied, then hourly (which
 * evaluates only those with something new, and everyone once the date turns), in slices
 * that yield to the event loop. On this thread, not a worker's: the read-model file has one
 * writer per process (the runner's deferred transactions read, then write; a second
 * connection committing between the two fails them with SQLITE_BUSY_SNAPSHOT).
 */
export const keepTodaysVerdicts = (options: {
  readonly db: Database;
  readonly runner: Pick<Runner, 'caughtUp'>;
  readonly now: () => Date;
  readonly logger: Logger;
}): { readonly stop: () => void } => {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const run = async (): Promise<void> => {
    if (stopped) return;
    const today = options.now().toISOString().slice(0, 10);
    const started = performance.now();
    try {
      // Slices of 2 ms (about one person): each step of a request waits no longer than that.
      const evaluated = await keepVerdictsOn(options.db, today, 2);
      if (evaluated > 0)
        options.logger.info(
          { today, evaluated, ms: Math.round(performance.now() - started) },
          'verdicts for today kept',
        );
    } catch (error) {
      // The database closed under it (the process stopping) or a defect: the pages still
      // answer, evaluating on demand.
      if (!stopped) options.logger.warn({ err: error }, 'could not keep verdicts for today');
    }
    if (!stopped) timer = setTimeout(() => void run(), EVERY_MS).unref();
  };
  void options.runner.caughtUp.then(run);
  return {
    stop: () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
};
