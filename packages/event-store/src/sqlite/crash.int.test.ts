import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import type { RecordedEvent } from '../port/envelope';
import { exited, onLines, spawnChild } from '../../test/sqlite/child-process';
import { getSqliteEventStore } from './sqlite-event-store';

const trials = 20;
const dir = mkdtempSync(join(tmpdir(), 'ladder-crash-'));
const path = join(dir, 'events.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Ack {
  readonly batchId: string;
  readonly size: number;
  readonly position: bigint;
}

/**
 * Runs the writer (with `lanes` appenders at once) until a random moment after its first
 * acknowledged batch, then SIGKILLs it.
 */
const crashOnce = async (trial: number, lanes: number): Promise<Ack[]> => {
  const child = spawnChild('./crash-writer.child.ts', [path, String(trial), String(lanes)]);
  const acks: Ack[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstAck = new Promise<void>((resolve) =>
    onLines(child, (line) => {
      const [batchId = '', size = '0', position = '0'] = line.split(' ');
      acks.push({ batchId, size: Number(size), position: BigInt(position) });
      resolve();
    }),
  );
  const ended = exited(child);
  await Promise.race([firstAck, ended]);
  await sleep(Math.random() * 200);
  child.kill('SIGKILL');
  await ended;
  // Only the writer's own failures count; Node may print unrelated warnings on stderr.
  expect(stderr).not.toMatch(/append failed|Error/);
  expect(acks.length, `trial ${trial} acknowledged something`).toBeGreaterThan(0);
  return acks;
};

const readBack = async (): Promise<RecordedEvent[]> => {
  const store = getSqliteEventStore({ path });
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  await store.close();
  return events;
};

const batchOf = (event: RecordedEvent): { batch: string; index: number; size: number } => {
  const data = event.data as { batch: string; index: number; size: number };
  return { batch: data.batch, index: data.index, size: data.size };
};

// Trials alternate one appender (one append per commit) and eight at once (appends
// group-committed by the writer thread, so a kill can land inside a shared commit).
it(`keeps every acknowledged batch whole and no batch in part across ${trials} SIGKILLs, with and without group commit`, async () => {
  const acknowledged: Ack[] = [];
  for (let trial = 0; trial < trials; trial += 1) {
    acknowledged.push(...(await crashOnce(trial, trial % 2 === 0 ? 1 : 8)));
    const events = await readBack();
    const batches = new Map<string, RecordedEvent[]>();
    for (const event of events) {
      const { batch } = batchOf(event);
      batches.set(batch, [...(batches.get(batch) ?? []), event]);
    }
    // No batch in part: each stored batch has all its events, in order, at consecutive revisions.
    for (const [batch, stored] of batches) {
      const size = batchOf(stored[0] ?? events[0]!).size;
      expect(
        stored.map((e) => batchOf(e).index),
        batch,
      ).toEqual([...Array(size).keys()]);
      const first = stored[0]?.revision ?? 0n;
      expect(stored.map((e) => e.revision)).toEqual(stored.map((_, i) => first + BigInt(i)));
    }
    // Every acknowledged batch is there, whole, and ends at the position it was told.
    for (const ack of acknowledged) {
      const stored = batches.get(ack.batchId);
      expect(stored?.length, ack.batchId).toBe(ack.size);
      expect(stored?.[stored.length - 1]?.position).toBe(ack.position);
    }
    // Positions strictly increase; each stream's revisions run 0, 1, 2… without a hole.
    for (let i = 1; i < events.length; i += 1)
      expect((events[i]?.position ?? 0n) > (events[i - 1]?.position ?? 0n)).toBe(true);
    const revisions = new Map<string, bigint>();
    for (const event of events) {
      expect(event.revision).toBe(revisions.get(event.streamName) ?? 0n);
      revisions.set(event.streamName, event.revision + 1n);
    }
  }
  // The trials wrote something worth checking, and some kill landed between acknowledgements.
  expect(acknowledged.length).toBeGreaterThan(trials);
}, 180_000);
