import type { Worker } from 'node:worker_threads';
import * as E from 'fp-ts/Either';
import { spawnThread } from '../threads/spawn-thread';
import type { AppendOutcome, AppendRequest } from './append';
import type { Writer } from './writer';
import type { FromWriter, ToWriter } from './writer-protocol';

interface Thread {
  readonly worker: Worker;
  readonly pending: Map<number, (outcome: AppendOutcome | undefined) => void>;
  failure: string | undefined;
}

let thread: Thread | undefined;
let nextId = 1;

/**
 * One writer thread per process, started with the first store and shared by every store
 * after it (starting a thread that loads TypeScript costs about a second). It is unref'd
 * while nothing waits on it, so an idle store never keeps a process alive.
 */
const writerThread = (): Thread => {
  if (thread !== undefined && thread.failure === undefined) return thread;
  const worker = spawnThread(new URL('./writer-thread.worker.ts', import.meta.url), {});
  worker.unref();
  const started: Thread = { worker, pending: new Map(), failure: undefined };
  const fail = (reason: string): void => {
    started.failure = reason;
    for (const answer of started.pending.values())
      answer(E.left({ code: 'StoreUnavailable', message: `writer thread: ${reason}` }));
    started.pending.clear();
  };
  worker.on('message', ({ answers }: FromWriter) => {
    for (const { id, outcome } of answers) {
      started.pending.get(id)?.(outcome);
      started.pending.delete(id);
    }
    if (started.pending.size === 0) worker.unref();
  });
  worker.on('error', (error) => fail(error.message));
  worker.on('exit', (code) => fail(`exited with code ${code}`));
  thread = started;
  return started;
};

const ask = (
  current: Thread,
  message: ToWriter & { id: number },
): Promise<AppendOutcome | undefined> =>
  new Promise((resolve) => {
    if (current.failure !== undefined) {
      resolve(E.left({ code: 'StoreUnavailable', message: `writer thread: ${current.failure}` }));
      return;
    }
    if (current.pending.size === 0) current.worker.ref();
    current.pending.set(message.id, resolve);
    current.worker.postMessage(message);
  });

/**
 * A store's writer on the shared thread: its own write connection there, its appends sent
 * as they come and answered after the group commit that wrote them.
 */
export const threadWriter = (path: string, busyTimeoutMs: number): Writer => {
  const current = writerThread();
  const file = nextId++;
  current.worker.postMessage({ kind: 'open', file, path, busyTimeoutMs } satisfies ToWriter);
  const unavailable = E.left({ code: 'StoreUnavailable' as const, message: 'no answer' });
  return {
    append: async (request: AppendRequest) =>
      (await ask(current, { kind: 'append', file, id: nextId++, request })) ?? unavailable,
    close: async () => {
      await ask(current, { kind: 'close', file, id: nextId++ });
    },
  };
};
