import { randomUUID } from 'node:crypto';
import type { RetentionErasure } from '@ladder/application';
import type { DueErasure } from '@ladder/domain';
import { spawnThread } from '@ladder/event-store/threads';
import {
  isRetentionMessage,
  type RetentionInput,
  type RetentionMessage,
} from './retention-messages';

/** A retention job as HR polls it: the dry run's list, or the run's record of what it erased. */
export interface RetentionJob {
  readonly id: string;
  readonly mode: 'dry-run' | 'run';
  /** The day the schedule was judged on. */
  readonly asOf: string;
  readonly startedBy: string;
  readonly status: 'running' | 'done' | 'failed';
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly eventsScanned: number;
  readonly due: readonly DueErasure[] | null;
  readonly erased: readonly RetentionErasure[] | null;
  readonly error: string | null;
}

const KEPT = 100;

export type LaunchRetention = (
  input: RetentionInput,
  report: (m: RetentionMessage) => void,
) => void;

/** Each job in a worker thread with its own store connection, like the audit verifications. */
export const retentionInWorker: LaunchRetention = (input, report) => {
  let worker;
  try {
    worker = spawnThread(new URL('./retention.worker.ts', import.meta.url), input);
  } catch (e) {
    return report({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
  worker.on('message', (m: unknown) => {
    if (isRetentionMessage(m)) report(m);
  });
  worker.on('error', (e) => report({ kind: 'failed', message: e.message }));
  worker.on('exit', (code) =>
    report({ kind: 'failed', message: `retention worker stopped (exit ${code})` }),
  );
};

export interface RetentionJobs {
  start(input: RetentionInput): RetentionJob;
  get(id: string): RetentionJob | undefined;
  /** Resolves once the job has finished (tests and the CLI wait on it). */
  finished(id: string): Promise<RetentionJob> | undefined;
  list(): readonly RetentionJob[];
}

export const retentionJobs = (launch: LaunchRetention): RetentionJobs => {
  const jobs = new Map<string, RetentionJob>();
  const done = new Map<string, Promise<RetentionJob>>();
  return {
    start(input) {
      const id = randomUUID();
      let job: RetentionJob = {
        id,
        mode: input.mode,
        asOf: input.today,
        startedBy: input.actor.id,
        status: 'running',
        startedAt: new Date().toISOString(),
        finishedAt: null,
        eventsScanned: 0,
        due: null,
        erased: null,
        error: null,
      };
      jobs.set(id, job);
      while (jobs.size > KEPT) {
        const oldest = jobs.keys().next().value;
        if (oldest === undefined) break;
        jobs.delete(oldest);
        done.delete(oldest);
      }
      done.set(
        id,
        new Promise((resolve) => {
          const set = (next: RetentionJob) => {
            job = next;
            jobs.set(id, next);
            if (next.status !== 'running') resolve(next);
          };
          launch(input, (m) => {
            if (job.status !== 'running') return; // the first ending stands
            const finishedAt = new Date().toISOString();
            if (m.kind === 'progress') set({ ...job, eventsScanned: m.eventsScanned });
            else if (m.kind === 'dry-run') set({ ...job, status: 'done', finishedAt, due: m.due });
            else if (m.kind === 'run')
              set({ ...job, status: 'done', finishedAt, erased: m.erased });
            else set({ ...job, status: 'failed', finishedAt, error: m.message });
          });
        }),
      );
      return job;
    },
    get: (id) => jobs.get(id),
    finished: (id) => done.get(id),
    list: () => [...jobs.values()].reverse(),
  };
};
