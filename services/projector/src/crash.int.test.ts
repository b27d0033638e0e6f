import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { getSqliteEventStore } from '@ladder/event-store';
import { generateCouncil } from '@ladder/demo';
import { allProjections, dumpProjection, openReadModels, startRunner } from '@ladder/projections';

const serviceDir = fileURLToPath(new URL('..', import.meta.url));

/** The live path's batches, or (`bulk`) every backlog of over 100 events caught up at rebuild speed. */
type CatchUp = 'live' | 'bulk';

const spawnProjector = (store: string, readModels: string, catchUp: CatchUp): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serviceDir,
    env: {
      ...process.env,
      LADDER_STORE: store,
      LADDER_READ_MODELS: readModels,
      // Small batches: many commits, so a kill lands between and inside them.
      LADDER_PROJECTOR_BATCH: '20',
      LADDER_PROJECTOR_CATCH_UP_THRESHOLD: catchUp === 'bulk' ? '100' : '1000000000',
      LADDER_PROJECTOR_CATCH_UP_BATCH: '60',
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

// Generous: a child's tsx start-up alone takes tens of seconds on a loaded 2-core machine.
const until = async (what: string, check: () => boolean, timeoutMs = 240_000) => {
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
  it.each<CatchUp>(['live', 'bulk'])(
    'resumes from its checkpoints with no duplicate and no gap (%s catch-up)',
    async (catchUp) => {
      const dir = mkdtempSync(join(tmpdir(), 'ladder-crash-'));
      const storePath = join(dir, 'events.sqlite');
      const readModels = join(dir, 'read-models.sqlite');
      const store = getSqliteEventStore({ path: storePath });
      const { appends } = generateCouncil({ seed: 11, staff: 80, years: 3 });
      const append = async (from: number, to: number) => {
        for (const a of appends.slice(from, to)) {
          const r = await store.append(a.streamName, a.events);
          if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
        }
      };
      // The log keeps growing between crashes, so every restart has a backlog to work through.
      const kills = 5;
      const chunk = Math.ceil(appends.length / (kills + 1));
      const killedAt: { head: bigint; checkpoints: bigint[] }[] = [];
      for (let kill = 0; kill < kills; kill++) {
        await append(kill * chunk, (kill + 1) * chunk);
        const head = await store.headPosition();
        const child = spawnProjector(storePath, readModels, catchUp);
        const before = checkpoints(readModels).reduce((a, b) => (b > a ? b : a), 0n);
        // Let it commit some batches past where it started, then kill it without warning.
        await until(
          'progress',
          () => checkpoints(readModels).some((c) => c > before) || child.exitCode !== null,
        );
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 120)));
        child.kill('SIGKILL');
        await exited(child);
        killedAt.push({ head, checkpoints: checkpoints(readModels) });
      }
      // At least one kill caught the projector mid-backlog.
      expect(killedAt.some(({ head, checkpoints: cs }) => cs.some((c) => c < head))).toBe(true);

      await append(kills * chunk, appends.length);
      const head = await store.headPosition();
      const last = spawnProjector(storePath, readModels, catchUp);
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
      rmSync(dir, { recursive: true, force: true });
    },
    900_000,
  );
});
