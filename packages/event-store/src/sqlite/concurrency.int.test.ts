import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { RecordedEvent } from '../port/envelope';
import { exited, onLines, spawnChild } from '../../test/sqlite/child-process';
import { getSqliteEventStore } from './sqlite-event-store';

const dir = mkdtempSync(join(tmpdir(), 'ladder-race-'));
const path = join(dir, 'events.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const writers = 4;
const rounds = 100;
const stream = 'regrade-race-1';

it(`${writers} processes race each of ${rounds} rounds with the same expected revision: exactly one wins`, async () => {
  // Create the file first so the writers do not also race on creating the schema.
  await getSqliteEventStore({ path }).close();
  const wins = new Map<number, string[]>();
  const losses: { writer: string; round: number; actual: string }[] = [];
  let ready = 0;
  let allReady: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (allReady = resolve));
  const children = Array.from({ length: writers }, (_, i) => {
    const writer = `writer-${i}`;
    const child = spawnChild('./racing-writer.child.ts', [path, stream, writer, String(rounds)]);
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    onLines(child, (line) => {
      const [kind, round = '', actual = ''] = line.split(' ');
      if (kind === 'ready') {
        ready += 1;
        if (ready === writers) allReady();
      } else if (kind === 'win')
        wins.set(Number(round), [...(wins.get(Number(round)) ?? []), writer]);
      else losses.push({ writer, round: Number(round), actual });
    });
    return child;
  });
  // Start them together, once every process has opened the store.
  await started;
  for (const child of children) child.stdin.write('go\n');
  const codes = await Promise.all(children.map(exited));
  expect(codes).toEqual(children.map(() => 0));

  const store = getSqliteEventStore({ path });
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(stream)) events.push(event);
  await store.close();

  // Every writer tried every round; exactly one won each, and the others were refused.
  expect(wins.size).toBe(rounds);
  for (const [round, winners] of wins) expect(winners, `round ${round}`).toHaveLength(1);
  expect(losses).toHaveLength((writers - 1) * rounds);
  // The losers were told the real revision, which had moved past what they expected.
  for (const loss of losses) {
    expect(loss.actual, `round ${loss.round}`).not.toBe('no-stream');
    expect(BigInt(loss.actual)).toBeGreaterThanOrEqual(BigInt(loss.round));
  }
  // No lost update: the stream holds exactly the winners' events, one per round, in order.
  expect(events.map((e) => e.revision)).toEqual([...Array(rounds).keys()].map(BigInt));
  for (const event of events) {
    const round = Number(event.revision);
    expect((event.data as { round: number }).round).toBe(round);
    expect([event.actor.id]).toEqual(wins.get(round));
  }
}, 60_000);
