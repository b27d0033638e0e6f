import { parentPort, workerData } from 'node:worker_threads';
import { keepVerdictsOn, openReadModels } from '@ladder/projections';

// Today's verdicts kept off the API's event loop: a connection of its own to the read models
// (WAL: its reads never wait for the projector, its small writes barely do), then one answer.

const { readModels, asOf } = workerData as { readonly readModels: string; readonly asOf: string };

const run = async (): Promise<void> => {
  const db = openReadModels(readModels);
  try {
    // Nothing else runs on this thread: long slices.
    const evaluated = await keepVerdictsOn(db, asOf, 500);
    parentPort?.postMessage({ kind: 'done', evaluated });
  } catch (e) {
    parentPort?.postMessage({
      kind: 'failed',
      message: e instanceof Error ? e.message : String(e),
    });
  } finally {
    db.close();
  }
};

void run();
