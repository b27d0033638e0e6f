import { randomUUID } from 'node:crypto';
import type { ChainVerification, VerificationProgress } from '@ladder/projections';
import type { VerifyMessage } from './messages';

/** A verification as the auditor polls it. */
export interface VerificationJob {
  readonly id: string;
  readonly staffId: string | null;
  readonly status: 'running' | 'done' | 'failed';
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly progress: VerificationProgress & { readonly eventsPerSecond: number };
  readonly result: ChainVerification | null;
  readonly error: string | null;
}

/** Finished jobs kept for polling; the oldest go first. */
const KEPT = 100;

/** Starts one verification and reports on it: progress, then done or failed, once. */
export type LaunchVerification = (
  staffId: string | undefined,
  report: (message: VerifyMessage) => void,
) => void;

/**
 * Audit verifications as jobs the auditor starts and polls. The API launches each in its own
 * worker thread (`inWorker`), so its event loop — every other request — never waits on a
 * whole-log check.
 */
export const verificationJobs = (launch: LaunchVerification) => {
  const jobs = new Map<string, VerificationJob>();
  const finished = new Map<string, Promise<VerificationJob>>();

  const start = (staffId?: string): VerificationJob => {
    const id = randomUUID();
    const began = Date.now();
    let job: VerificationJob = {
      id,
      staffId: staffId ?? null,
      status: 'running',
      startedAt: new Date(began).toISOString(),
      finishedAt: null,
      progress: { streamsDone: 0, streamsTotal: 0, eventsDone: 0, eventsPerSecond: 0 },
      result: null,
      error: null,
    };
    const set = (next: VerificationJob) => {
      job = next;
      jobs.set(id, next);
    };
    set(job);
    while (jobs.size > KEPT) {
      const oldest = jobs.keys().next().value;
      if (oldest === undefined) break;
      jobs.delete(oldest);
      finished.delete(oldest);
    }
    const rate = (events: number) =>
      Math.round(events / Math.max((Date.now() - began) / 1000, 0.001));
    finished.set(
      id,
      new Promise((resolve) => {
        const end = (
          status: 'done' | 'failed',
          result: ChainVerification | null,
          error: string | null,
        ) => {
          const events = result?.events ?? job.progress.eventsDone;
          set({
            ...job,
            status,
            finishedAt: new Date().toISOString(),
            progress:
              result === null
                ? job.progress
                : {
                    streamsDone: result.streams,
                    streamsTotal: result.streams,
                    eventsDone: events,
                    eventsPerSecond: rate(events),
                  },
            result,
            error,
          });
          resolve(job);
        };
        launch(staffId, (m) => {
          if (job.status !== 'running') return;
          if (m.kind === 'progress')
            set({
              ...job,
              progress: { ...m.progress, eventsPerSecond: rate(m.progress.eventsDone) },
            });
          else if (m.kind === 'done') end('done', m.result, null);
          else end('failed', null, m.message);
        });
      }),
    );
    return job;
  };

  return {
    start,
    get: (id: string): VerificationJob | undefined => jobs.get(id),
    /** Resolves when the job has finished (done or failed). */
    finished: (id: string): Promise<VerificationJob> | undefined => finished.get(id),
  };
};

export type VerificationJobs = ReturnType<typeof verificationJobs>;
