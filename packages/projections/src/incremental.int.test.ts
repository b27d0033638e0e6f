import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMemoryEventStore } from '@ladder/event-store';
import { generateCouncil } from '@ladder/demo';
import { loadCouncil } from '../test/load-council';
import { allProjections } from './all';
import { dumpProjection } from './runner/dump';
import { openReadModels } from './runner/read-model-db';
import { rebuild } from './runner/rebuild';
import { startRunner, type Runner } from './runner/runner';

const freshDb = () => openReadModels(join(mkdtempSync(join(tmpdir(), 'ladder-inc-')), 'read.db'));

describe('incremental application', () => {
  it('equals a rebuild of the same log, however the log arrived and was batched', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 3, max: 12 }),
        fc.integer({ min: 1, max: 2 }),
        // How many appends arrive between runs, and whether a runner is live while they do.
        fc.array(fc.record({ appends: fc.integer({ min: 1, max: 300 }), live: fc.boolean() }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 250 }),
        async (seed, staff, years, arrivals, batchSize) => {
          const { appends } = generateCouncil({ seed, staff, years, startDate: '2019-10-01' });
          const store = getMemoryEventStore();
          const db = freshDb();
          let next = 0;
          let live: Runner | null = null;
          for (const arrival of [...arrivals, { appends: appends.length, live: false }]) {
            if (arrival.live && live === null) {
              live = startRunner({ store, db, projections: allProjections, batchSize });
              await live.caughtUp;
            }
            if (!arrival.live && live !== null) {
              await live.stop();
              live = null;
            }
            await loadCouncil(store, appends.slice(next, next + arrival.appends));
            next += arrival.appends;
            const runner =
              live ?? startRunner({ store, db, projections: allProjections, batchSize });
            await runner.caughtUp;
            await runner.waitFor(await store.headPosition());
            if (live === null) await runner.stop();
          }
          const incremental = allProjections.map((p) => dumpProjection(db, p));
          const rebuilt = freshDb();
          await rebuild({ store, db: rebuilt, projections: allProjections });
          allProjections.forEach((p, i) =>
            expect(dumpProjection(rebuilt, p), p.name).toBe(incremental[i]),
          );
          db.close();
          rebuilt.close();
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
