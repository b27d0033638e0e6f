import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { getSqliteEventStore, type RecordedEvent } from '@ladder/event-store';
import { issueToken } from '../../src/auth/tokens';

// The HTTP crash probe (issue 19): commands from many connections at once, so their appends
// are group-committed; the server SIGKILLed at a random moment, then started again on the same
// files, several times. Every command the server acknowledged (201) must be in the log with
// every event it named, and no stream may have a gap. (Each of these commands writes one event;
// batches of many events per append are the store's own crash test, packages/event-store.)

const secret = 'ladder-crash-probe-secret-0123456789';
const trials = 4;
const connections = 8;
const dir = mkdtempSync(join(tmpdir(), 'ladder-http-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Acknowledged {
  readonly streamName: string;
  readonly eventIds: readonly string[];
}

/** Starts the server in a process of its own; resolves with its URL and the process. */
const startServer = async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./server.child.ts', import.meta.url)), dir, secret],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`the server stopped before it listened (${code})`)),
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ready ')) resolve(line.slice('ready '.length));
    });
  });
  return { child, url, exited };
};

it('loses no acknowledged command and leaves no part of one, however the server is killed', async () => {
  const hr = `Bearer ${await issueToken(secret, { id: 'crash-hr', role: 'hr-admin' })}`;
  const acknowledged: Acknowledged[] = [];
  let sent = 0;
  for (let trial = 0; trial < trials; trial++) {
    const { child, url, exited } = await startServer();
    let killed = false;
    const connection = async (lane: number): Promise<void> => {
      for (let k = 0; !killed; k++) {
        const staffId = `crash-${trial}-${lane}-${k}`;
        sent++;
        try {
          const response = await fetch(`${url}/staff`, {
            method: 'POST',
            headers: { authorization: hr, 'content-type': 'application/json' },
            body: JSON.stringify({
              staffId,
              jobFamily: 'family-worker',
              grade: 'L1',
              team: 'north-early-help',
              zone: 'north',
              contractedHours: 37,
              joinedOn: '2024-04-01',
            }),
          });
          if (response.status !== 201) {
            expect.fail(`join ${staffId}: ${response.status} ${await response.text()}`);
          }
          const written = (await response.json()) as Acknowledged;
          acknowledged.push({ streamName: written.streamName, eventIds: written.eventIds });
        } catch (error) {
          // The connection died with the server: this command was never acknowledged.
          if (!killed) throw error;
        }
      }
    };
    const lanes = Array.from({ length: connections }, (_, lane) => connection(lane));
    // Killed at a random moment once commands flow (a first start also seeds the frameworks).
    await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 1_200));
    killed = true;
    child.kill('SIGKILL');
    await exited;
    await Promise.all(lanes);
  }

  const store = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
  try {
    const stored = new Map<string, RecordedEvent>();
    const revisions = new Map<string, bigint[]>();
    for await (const event of store.readAll()) {
      stored.set(event.eventId, event);
      revisions.set(event.streamName, [...(revisions.get(event.streamName) ?? []), event.revision]);
    }
    // The probe must have had commands acknowledged and others cut off, or it proved nothing.
    expect(acknowledged.length).toBeGreaterThan(trials * connections);
    expect(sent).toBeGreaterThan(acknowledged.length);
    const lost = acknowledged.flatMap((a) =>
      a.eventIds.filter((id) => stored.get(id)?.streamName !== a.streamName),
    );
    expect(lost).toEqual([]);
    for (const [streamName, held] of revisions)
      expect(held, streamName).toEqual(held.map((_, i) => BigInt(i)));
  } finally {
    await store.close();
  }
}, 240_000);
