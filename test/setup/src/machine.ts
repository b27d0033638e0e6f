import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Abilities } from './plan';

// The machine's side: which programs are on PATH, and running apt-get.

export const onPath = (binary: string): boolean =>
  (process.env['PATH'] ?? '').split(delimiter).some((dir) => {
    if (dir === '') return false;
    try {
      accessSync(join(dir, binary), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

export const abilities = (): Abilities => ({
  root: process.getuid?.() === 0,
  aptGet: onPath('apt-get'),
});

/** Runs `apt-get update` once, then installs `packages`; throws with apt-get's exit status. */
export const aptInstall = (packages: readonly string[]): void => {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-q'],
    ['install', '-y', '-q', ...packages],
  ]) {
    console.log(`prerequisites: DEBIAN_FRONTEND=noninteractive apt-get ${args.join(' ')}`);
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (run.status !== 0)
      throw new Error(`apt-get ${args[0]} failed (exit ${run.status ?? run.signal ?? 'unknown'})`);
  }
};
