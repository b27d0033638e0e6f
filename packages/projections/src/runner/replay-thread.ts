import type { Worker } from 'node:worker_threads';
import type { RecordedEvent } from '@ladder/event-store';
import { spawnThread } from '@ladder/event-store/threads';
import {
  isFromReplayThread,
  type FromReplayThread,
  type Reached,
  type ReplayThreadInput,
  type ToReplayThread,
} from './replay-thread-protocol';

/** Some projections' replay, run on a worker thread into a replay file of its own. */
export interface ReplayThread {
  /** Sends a batch (copied at once); resolves when the thread has folded it. */
  apply(events: readonly RecordedEvent[]): Promise<void>;
  /** Settles, closes the file and tells where each generation stopped, in input order. */
  finish(): Promise<readonly Reached[]>;
  /** Stops the thread (after `finish`, or to abandon the replay). */
  stop(): Promise<void>;
}

export const startReplayThread = (input: ReplayThreadInput): ReplayThread => {
  const worker: Worker = spawnThread(new URL('./replay-thread.worker.ts', import.meta.url), input);
  // One request at a time: the rebuild awaits each answer before it sends again.
  let waiting: { resolve: (m: FromReplayThread) => void; reject: (e: Error) => void } | null = null;
  let failure: Error | null = null;
  const fail = (error: Error): void => {
    failure ??= error;
    waiting?.reject(failure);
    waiting = null;
  };
  worker.on('message', (m: unknown) => {
    if (!isFromReplayThread(m)) return;
    if (m.kind === 'failed') return fail(new Error(`replay thread: ${m.message}`));
    waiting?.resolve(m);
    waiting = null;
  });
  worker.on('error', (e) => fail(e));
  worker.on('exit', (code) => fail(new Error(`replay thread stopped (exit ${code})`)));
  const ask = (message: ToReplayThread): Promise<FromReplayThread> =>
    new Promise((resolve, reject) => {
      if (failure !== null) return reject(failure);
      waiting = { resolve, reject };
      worker.postMessage(message);
    });
  return {
    apply: async (events) => {
      await ask({ kind: 'batch', events });
    },
    finish: async () => {
      const answer = await ask({ kind: 'finish' });
      if (answer.kind !== 'finished') throw new Error(`replay thread answered ${answer.kind}`);
      return answer.reached;
    },
    stop: async () => {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
};
