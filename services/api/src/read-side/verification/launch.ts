import type { Database } from 'better-sqlite3';
import type { EventStore } from '@ladder/event-store';
import { verifyAuditChain } from '@ladder/projections';
import type { LaunchVerification } from './jobs';
import { isVerifyMessage, type VerifyInput } from './messages';
import { spawnThread } from '@ladder/event-store/threads';

/** Each verification in a worker thread with its own store connection (the API's way). */
export const inWorker =
  (files: Omit<VerifyInput, 'staffId'>): LaunchVerification =>
  (staffId, report) => {
    const input: VerifyInput = { ...files, ...(staffId !== undefined ? { staffId } : {}) };
    let worker;
    try {
      worker = spawnThread(new URL('./worker.ts', import.meta.url), input);
    } catch (e) {
      return report({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
    worker.on('message', (m: unknown) => {
      if (isVerifyMessage(m)) report(m);
    });
    worker.on('error', (e) => report({ kind: 'failed', message: e.message }));
    // After done or failed this is ignored; before, the worker died without saying why.
    worker.on('exit', (code) =>
      report({ kind: 'failed', message: `verification worker stopped (exit ${code})` }),
    );
  };

/** On this thread (a command-line run, where nothing else waits on the event loop). */
export const inProcess =
  (db: Database, store: EventStore): LaunchVerification =>
  (staffId, report) => {
    verifyAuditChain(db, store, staffId, (progress) => report({ kind: 'progress', progress })).then(
      (result) => report({ kind: 'done', result }),
      (e: unknown) =>
        report({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  };
