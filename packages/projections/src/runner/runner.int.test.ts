import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getMemoryEventStore } from '@ladder/event-store';
import { countingProjection } from '../../test/counting-projection';
import type { ProjectionDefinition } from './definition';
import { anEvent } from '../../test/events';
import { dumpProjection } from './dump';
import { projectionLag } from './lag';
import { openReadModels } from './read-model-db';
import { rebuild } from './rebuild';
import { startRunner } from './runner';
import { readState } from './state';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const freshDb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-rm-'));
  dirs.push(dir);
  return openReadModels(join(dir, 'read.db'));
};

const seenPositions = (db: ReturnType<typeof freshDb>, name: string) =>
  db
    .prepare<[], { position: number }>(`SELECT position FROM ${name}_seen ORDER BY position`)
    .all()
    .map((r) => r.position);

/** Keeps its running total in memory (as a fast fold would) and reloads it when told to discard. */
const rememberingProjection: ProjectionDefinition = {
  name: 'remembering',
  version: 1,
  tables: ['remembering_total'],
  create(db, t) {
    db.exec(
      `CREATE TABLE "${t('remembering_total')}" (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)`,
    );
  },
  bind(db, t) {
    const read = db.prepare<[], { n: number }>(`SELECT n FROM "${t('remembering_total')}"`);
    const write = db.prepare(
      `INSERT INTO "${t('remembering_total')}" (id, n) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET n = excluded.n`,
    );
    let total: number | null = null;
    return {
      apply(event) {
        if (event.type === 'Poison') throw new Error('cannot fold Poison');
        total = (total ?? read.get()?.n ?? 0) + 1;
        write.run(total);
      },
      discard() {
        total = null;
      },
    };
  },
};

describe('projection runner', () => {
  it('catches up from its checkpoint, then follows live appends', async () => {
    const store = getMemoryEventStore();
    const db = freshDb();
    const counts = countingProjection('counts');
    for (let i = 0; i < 25; i++) await store.append(`staff-${i % 3}`, [anEvent()]);
    const runner = startRunner({ store, db, projections: [counts], batchSize: 10 });
    await runner.caughtUp;
    expect(readState(db, 'counts')?.checkpoint).toBe(25n);
    await store.append('staff-9', [anEvent(), anEvent()]);
    await runner.waitFor(27n);
    expect(seenPositions(db, 'counts')).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    await runner.stop();

    // A restart resumes after the checkpoint: nothing applied twice.
    await store.append('staff-1', [anEvent()]);
    const again = startRunner({ store, db, projections: [counts] });
    await again.caughtUp;
    await again.waitFor(28n);
    expect(seenPositions(db, 'counts')).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    const [lag] = await projectionLag(db, store);
    expect(lag).toMatchObject({ name: 'counts', checkpoint: 28n, head: 28n, lag: 0n });
    await again.stop();
  });

  it('catches a long backlog up in rebuild-sized batches, settling once, then follows live', async () => {
    const store = getMemoryEventStore();
    const db = freshDb();
    const counts = countingProjection('counts');
    // Each batch's transaction starts from the checkpoint the previous one committed.
    const batchStarts = new Set<bigint>();
    let settles = 0;
    const batches: ProjectionDefinition = {
      ...countingProjection('batches'),
      bind(bound, t) {
        const inner = countingProjection('batches').bind(bound, t);
        return {
          apply(event) {
            batchStarts.add(readState(bound, 'batches')?.checkpoint ?? -1n);
            inner.apply(event);
          },
          settle() {
            settles++;
            return true;
          },
        };
      },
    };
    for (let i = 0; i < 200; i++) await store.append(`staff-${i % 7}`, [anEvent()]);
    const options = { store, db, batchSize: 10, catchUpThreshold: 50, catchUpBatchSize: 40 };
    const runner = startRunner({ ...options, projections: [counts, batches] });
    await runner.caughtUp;
    expect([...batchStarts]).toEqual([0n, 40n, 80n, 120n, 160n]);
    expect(settles).toBeLessThanOrEqual(2); // once after the backlog (and the follower's caught-up turn)
    await store.append('staff-1', [anEvent(), anEvent()]);
    await runner.waitFor(202n);
    expect(seenPositions(db, 'counts')).toEqual(Array.from({ length: 202 }, (_, i) => i + 1));
    expect(seenPositions(db, 'batches')).toEqual(Array.from({ length: 202 }, (_, i) => i + 1));
    await runner.stop();

    // A short backlog goes through the live path's batches.
    batchStarts.clear();
    for (let i = 0; i < 30; i++) await store.append('staff-2', [anEvent()]);
    const again = startRunner({ ...options, projections: [counts, batches] });
    await again.caughtUp;
    expect([...batchStarts]).toEqual([202n, 212n, 222n]);
    await again.stop();
  });

  it('stops between catch-up batches and resumes after the last one committed', async () => {
    const store = getMemoryEventStore();
    const db = freshDb();
    const counts = countingProjection('counts');
    for (let i = 0; i < 200; i++) await store.append(`staff-${i % 7}`, [anEvent()]);
    const options = { store, db, projections: [counts], catchUpThreshold: 50 };
    const runner = startRunner({ ...options, catchUpBatchSize: 40 });
    await runner.stop();
    expect(readState(db, 'counts')?.checkpoint).toBe(40n);
    const again = startRunner({ ...options, catchUpBatchSize: 64 });
    await again.caughtUp;
    expect(seenPositions(db, 'counts')).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    await again.stop();
  });

  it('stops only the projection that meets a poison event, naming the event', async () => {
    const store = getMemoryEventStore();
    const db = freshDb();
    for (let i = 0; i < 5; i++) await store.append('staff-1', [anEvent()]);
    const poison = anEvent('Poison');
    await store.append('staff-2', [poison]);
    for (let i = 0; i < 5; i++) await store.append('staff-1', [anEvent()]);
    const poisons: string[] = [];
    const runner = startRunner({
      store,
      db,
      projections: [
        countingProjection('healthy'),
        countingProjection('fragile', { failOn: 'Poison' }),
      ],
      onPoison: (p) => poisons.push(`${p.projection}@${p.position}`),
    });
    await runner.caughtUp;
    expect(poisons).toEqual(['fragile@6']);
    const fragile = readState(db, 'fragile');
    expect(fragile).toMatchObject({ status: 'stopped', checkpoint: 5n });
    expect(fragile?.error).toMatchObject({
      projection: 'fragile',
      eventId: poison.eventId,
      streamName: 'staff-2',
      position: 6n,
      type: 'Poison',
      cause: 'cannot fold Poison',
    });
    expect(seenPositions(db, 'fragile')).toEqual([1, 2, 3, 4, 5]);
    expect(seenPositions(db, 'healthy')).toHaveLength(11);
    await store.append('staff-1', [anEvent()]);
    await runner.waitFor(12n);
    expect(seenPositions(db, 'healthy')).toHaveLength(12);
    expect(seenPositions(db, 'fragile')).toHaveLength(5);
    await runner.stop();
  });

  it('tells a projection to discard what it keeps in memory when its savepoint rolls back', async () => {
    const store = getMemoryEventStore();
    const db = freshDb();
    for (let i = 0; i < 5; i++) await store.append('staff-1', [anEvent()]);
    await store.append('staff-2', [anEvent('Poison')]);
    const runner = startRunner({ store, db, projections: [rememberingProjection] });
    await runner.caughtUp;
    await runner.stop();
    // Folded 1–5, rolled back at 6, folded 1–5 again: the total must be 5, not 10.
    expect(db.prepare('SELECT n FROM remembering_total').pluck().get()).toBe(5);
    expect(readState(db, 'remembering')).toMatchObject({ status: 'stopped', checkpoint: 5n });
  });

  it('rebuilds into a fresh generation and swaps, answering queries throughout', async () => {
    const store = getMemoryEventStore();
    const db = freshDb();
    const counts = countingProjection('counts');
    for (let i = 0; i < 200; i++) await store.append(`staff-${i % 7}`, [anEvent()]);
    const runner = startRunner({ store, db, projections: [counts] });
    await runner.caughtUp;
    const before = dumpProjection(db, counts);
    const answers: number[] = [];
    const report = await rebuild({
      store,
      db,
      projections: [counts],
      batchSize: 16,
      // Between batches the old generation still answers, complete.
      onProgress: () => answers.push(seenPositions(db, 'counts').length),
    });
    expect(answers.length).toBeGreaterThan(5);
    expect(new Set(answers)).toEqual(new Set([200]));
    expect(report.outcomes).toEqual([
      { name: 'counts', kind: 'swapped', generation: 2, checkpoint: 200n },
    ]);
    expect(dumpProjection(db, counts)).toBe(before);
    const second = await rebuild({ store, db, projections: [counts] });
    expect(second.outcomes[0]).toMatchObject({ kind: 'swapped', generation: 3 });
    expect(dumpProjection(db, counts)).toBe(before);
    // The live runner follows the swap: it writes into the new generation.
    await store.append('staff-1', [anEvent()]);
    await runner.waitFor(201n);
    expect(seenPositions(db, 'counts')).toHaveLength(201);
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'counts_%' ORDER BY name",
      )
      .all()
      .map((r) => r.name);
    expect(tables).toEqual(['counts_count_g3', 'counts_seen_g3']);
    await runner.stop();
  });

  it('keeps the old generation when a rebuild meets a poison event', async () => {
    const store = getMemoryEventStore();
    const db = freshDb();
    await store.append('staff-1', [anEvent(), anEvent()]);
    const fragile = countingProjection('fragile', { failOn: 'Poison' });
    const runner = startRunner({ store, db, projections: [fragile] });
    await runner.caughtUp;
    await runner.stop();
    await store.append('staff-1', [anEvent('Poison')]);
    const report = await rebuild({ store, db, projections: [fragile] });
    expect(report.outcomes[0]).toMatchObject({
      kind: 'failed',
      poison: { position: 3n, type: 'Poison' },
    });
    expect(readState(db, 'fragile')).toMatchObject({ generation: 1, checkpoint: 2n });
    expect(seenPositions(db, 'fragile')).toEqual([1, 2]);
  });
});
