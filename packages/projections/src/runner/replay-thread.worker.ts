import { parentPort, workerData } from 'node:worker_threads';
import { projectionNamed } from '../all';
import { allSettled, applyBatch } from './apply-batch';
import { createGeneration } from './generations';
import { openReplayFile } from './replay-file';
import type { FromReplayThread, ReplayThreadInput, ToReplayThread } from './replay-thread-protocol';
import { rebuildSlot } from './slot';

// A rebuild's replay of some projections on a thread of its own: the main thread reads the
// log once and sends each batch here and folds the other projections meanwhile.

const post = (message: FromReplayThread): void => parentPort?.postMessage(message);

const input = workerData as ReplayThreadInput;
const db = openReplayFile(input.path);
const slots = input.generations.map(({ name, generation }) => {
  const def = projectionNamed(name);
  if (def === undefined) throw new Error(`no projection named ${name}`);
  createGeneration(db, def, generation, true);
  return rebuildSlot(db, def, generation);
});

parentPort?.on('message', (message: ToReplayThread) => {
  try {
    if (message.kind === 'batch') {
      applyBatch(db, slots, message.events, false);
      post({ kind: 'applied' });
      return;
    }
    // Settled once at the end, as a rebuild on one thread does.
    let settled = false;
    while (!settled) settled = allSettled(applyBatch(db, slots, [], true));
    const reached = slots.map((s) => ({ checkpoint: s.checkpoint(), poison: s.poison() }));
    db.close();
    post({ kind: 'finished', reached });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
