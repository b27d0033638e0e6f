import { join } from 'node:path';
import { REGRADE_PROCESS } from '@ladder/application';
import { getSqliteCheckpointStore, openEventStore } from '@ladder/event-store';
import { seedDemoCouncil } from '../src/runtime/demo';

/** Seeds a small demo council into a harness's data directory, as the first `pnpm start` does. */
export const seedSmallDemoCouncil = async (dataDir: string): Promise<void> => {
  const store = openEventStore(join(dataDir, 'events.sqlite'));
  await seedDemoCouncil(store, { staff: 40, years: 2, now: new Date() });
  const checkpoints = getSqliteCheckpointStore({ path: join(dataDir, 'checkpoints.sqlite') });
  await checkpoints.save(REGRADE_PROCESS, await store.headPosition());
  await checkpoints.close();
  await store.close();
};
