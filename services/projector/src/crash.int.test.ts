import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { getSqliteEventStore } from '@ladder/event-store';
import { generateCouncil } from '@ladder/fixtures';
import { allProjections, dumpProjection, openReadModels, startRunner } from '@ladder/projections';

const serviceDir = fileURLToPath(new URL('..', import.meta.url));

const spawnProjector = (store: string, readModels: string): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serviceDir,
    env: {
      ...process.env,
      LADDER_STORE: store,
      LADDER_READ_MODELS: readModels,
      // Small batches: many commits, so a kill lands between and inside them.
      LADDER_PROJECTOR_BATCH: '20',
      LADDER_PROJECTOR_REPORT_MS: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

const checkpoints = (readModels: string): bigint[] => {
  if (!existsSync(readModels)) return [];
  const db = new Database(readModels, { readonly: true, fileMustExist: true });
  try {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'projection_state'").get();
    if (exists === undefined) return [];
    return db
      .prepare<[], { checkpoint: bigint }>('SELECT checkpoint FROM projection_state ORDER BY name')
      .safeIntegers(true)
      .all()
      .map((r) => r.checkpoint);
  } finally {
    db.close();
  }
};

const until = async (what: string, check: () => boolean, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve()
      : child.once('exit', () => resolve()),
  );

describe('projector process killed with SIGKILL mid-run', () => {
  it('resumes from its checkpoints with no duplicate and no gap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-crash-'));
    const storePath = join(dir, 'events.sqlite');
    const readModels = join(dir, 'read-models.sqlite');
    const store = getSqliteEventStore({ path: storePath });
    for (const a of generateCouncil({ seed: 11, staff: 60, years: 3 }).appends) {
      const r = await store.append(a.streamName, a.events);
      if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    }
    const head = await store.headPosition();

    const killedAt: bigint[][] = [];
    for (let kill = 0; kill < 5; kill++) {
      const child = spawnProjector(storePath, readModels);
      const before = checkpoints(readModels).reduce((a, b) => (b > a ? b : a), 0n);
      // Let it commit some batches past where it started, then kill it without warning.
      await until(
        'progress',
        () => checkpoints(readModels).some((c) => c > before) || child.exitCode !== null,
      );
      await new Promise((r) => setTimeout(r, 20 + Math.floor(Math.random() * 150)));
      child.kill('SIGKILL');
      await exited(child);
      killedAt.push(checkpoints(readModels));
    }
    // At least one kill caught the projector mid-backlog.
    expect(killedAt.some((cs) => cs.some((c) => c < head))).toBe(true);

    const last = spawnProjector(storePath, readModels);
    await until('catch-up', () => {
      const cs = checkpoints(readModels);
      return cs.length === allProjections.length && cs.every((c) => c === head);
    });
    last.kill('SIGTERM');
    await exited(last);

    // The same log applied once, cleanly, in this process.
    const clean = openReadModels(join(dir, 'clean.sqlite'));
    const runner = startRunner({ store, db: clean, projections: allProjections });
    await runner.caughtUp;
    await runner.stop();
    const resumed = openReadModels(readModels);
    for (const p of allProjections)
      expect(dumpProjection(resumed, p), p.name).toBe(dumpProjection(clean, p));
    const audited = resumed
      .prepare<[], { n: number; uniq: number }>(
        'SELECT count(*) AS n, count(DISTINCT position) AS uniq FROM audit_event',
      )
      .get();
    expect(audited).toEqual({ n: Number(head), uniq: Number(head) });
    resumed.close();
    clean.close();
    await store.close();
  }, 180_000);
});
