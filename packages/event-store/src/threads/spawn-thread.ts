import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// Ladder runs from its TypeScript sources (tsx, vitest), and Node 20 does not pass tsx's
// loader on to worker threads: a thread on a `.ts` module first registers tsx itself, then
// imports the module. The boot script is CommonJS (eval'd) and reads the two URLs from argv.
const boot = `
const [tsx, entry] = process.argv.slice(-2);
import(tsx)
  .then((api) => api.register())
  .then(() => import(entry));
`;

// The ES module build of tsx's loader API, found through the package's own exports map
// (its CommonJS build resolves its hooks against the wrong base inside an eval'd worker).
const tsxLoaderApi = (): string => {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(manifest), entry)).href;
};

/**
 * A worker thread on `module` (a URL beside the caller: `new URL('./x.worker.ts',
 * import.meta.url)`) with `workerData` as the module reads it. A compiled `.js` module starts
 * as it is; a `.ts` one through tsx, as the process that started it runs.
 */
export const spawnThread = (module: URL, workerData: unknown): Worker =>
  module.pathname.endsWith('.ts')
    ? new Worker(boot, { eval: true, workerData, argv: [tsxLoaderApi(), module.href] })
    : new Worker(module, { workerData });
