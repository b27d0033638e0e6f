// Runs the real bridge (`src/main.ts`) as a child process, as `pnpm start` would, so tests
// can SIGKILL it mid-burst and start it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serviceDir = fileURLToPath(new URL('..', import.meta.url));

export interface BridgeProcess {
  readonly child: ChildProcess;
  /** Resolves when the bridge logged that it started. */
  readonly started: Promise<void>;
  /** Resolves with the exit code, or the signal's name when killed by one. */
  readonly exited: Promise<number | string | null>;
  readonly output: () => string;
}

export const spawnBridge = (env: Readonly<Record<string, string>>): BridgeProcess => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serviceDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  const started = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('"kafka bridge started"')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`bridge exited (${code}) before starting:\n${output}`)),
    );
  });
  return { child, started, exited, output: () => output };
};
