import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A real Ladder, as `pnpm start` runs it (services/api/src/main.ts): its own data directory,
// a small seeded demo council, a free port, the web app built first when stale.

const web = fileURLToPath(new URL('..', import.meta.url));
const api = fileURLToPath(new URL('../../api', import.meta.url));

export interface RunningLadder {
  readonly url: string;
  /** Its data directory (the generated token secret is kept there). */
  readonly dataDir: string;
  /** Everything the server printed, for the tokens and the cast. */
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });

export const buildWebApp = (): void => {
  const run = spawnSync('pnpm', ['exec', 'tsx', 'scripts/build-if-stale.ts'], {
    cwd: web,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error('building the web app failed');
};

const exited = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

export const startLadderServer = async (staff = 40, years = 2): Promise<RunningLadder> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ladder-web-'));
  const port = await freePort();
  const child = spawn('pnpm', ['exec', 'tsx', 'src/main.ts'], {
    cwd: api,
    env: {
      ...process.env,
      LADDER_DATA_DIR: dataDir,
      LADDER_PORT: String(port),
      LADDER_HOST: '127.0.0.1',
      LADDER_DEMO_STAFF: String(staff),
      LADDER_DEMO_YEARS: String(years),
      LADDER_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const found = /Ladder is listening on (http:\/\/\S+)/.exec(printed);
      if (found?.[1] !== undefined) resolve(found[1]);
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${printed}`)));
  });
  return {
    url,
    dataDir,
    output: () => printed,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
