import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `pnpm start` runs this first: it builds the web app when dist is missing or older than any
// of its sources, so a fresh clone serves pages and an unchanged tree starts at once.

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist', 'index.html');

const newest = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newest(join(path, name))),
    stat.mtimeMs,
  );
};

const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(root, p));
const stale = !existsSync(built) || sources.some((s) => newest(s) > statSync(built).mtimeMs);
if (stale) {
  process.stdout.write('Building the web app (services/web) …\n');
  // React's production build whoever asks: under vitest NODE_ENV is 'test', and Vite would
  // then bundle React's development build (StrictMode running every effect, so every request, twice).
  const run = spawnSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
