import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Test support: runs a `*.child.ts` script of this folder in its own Node process (tsx). */
export const spawnChild = (
  script: string,
  args: readonly string[],
): ChildProcessWithoutNullStreams =>
  spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args],
    {
      stdio: 'pipe',
    },
  );

/** Calls `onLine` for every complete line the child writes to stdout. */
export const onLines = (
  child: ChildProcessWithoutNullStreams,
  onLine: (line: string) => void,
): void => {
  let buffer = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    let end = buffer.indexOf('\n');
    while (end >= 0) {
      onLine(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      end = buffer.indexOf('\n');
    }
  });
};

export const exited = (child: ChildProcessWithoutNullStreams): Promise<number | null> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
