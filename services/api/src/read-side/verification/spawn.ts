import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** tsx's ESM registration entry, found from this package (where tsx is installed). */
const tsxEsmApi = (): string => {
  const tsx = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  return pathToFileURL(join(tsx, 'dist/esm/api/index.mjs')).href;
};

/**
 * A worker thread on a module of this package. Run from TypeScript sources (tsx, vitest),
 * the worker registers tsx first, as the process that started it did.
 */
export const spawnWorker = (module: URL, workerData: unknown): Worker => {
  if (!module.pathname.endsWith('.ts')) return new Worker(module, { workerData });
  const boot = `const { register } = await import(${JSON.stringify(tsxEsmApi())}); register(); await import(${JSON.stringify(module.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData });
};
