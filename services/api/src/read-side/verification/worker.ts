import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { openEventStore } from '@ladder/event-store';
import { verifyAuditChain } from '@ladder/projections';
import { isVerifyInput, type VerifyMessage } from './messages';

// A verification run off the API's event loop: its own store connection and a read-only
// handle on the read models, progress at most every 100 ms, then the result.

const post = (message: VerifyMessage): void => parentPort?.postMessage(message);

const run = async (): Promise<void> => {
  if (!isVerifyInput(workerData)) return post({ kind: 'failed', message: 'bad worker input' });
  const store = openEventStore(workerData.eventStore);
  const db = new Database(workerData.readModels, { readonly: true, fileMustExist: true });
  try {
    let last = 0;
    const result = await verifyAuditChain(db, store, workerData.staffId, (progress) => {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      post({ kind: 'progress', progress });
    });
    post({ kind: 'done', result });
  } catch (e) {
    post({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
  } finally {
    db.close();
    await store.close();
  }
};

void run();
