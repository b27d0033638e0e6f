// One benchmark cell (one store, one log size) in its own process, so peak RSS is its own.
// Prints the CellResult as JSON on its last stdout line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEmmett } from './emmett-cell';
import { runLadder } from './ladder-cell';
import type { CellResult, StoreName } from './measure';
import type { CellPlan } from './plan';
import { runRaw } from './raw-cell';

const [store = '', size = '0', fillCap = '0', sampleCap = '0'] = process.argv.slice(2);
const plan: CellPlan = {
  size: Number(size),
  fillCapSeconds: Number(fillCap),
  sampleCapSeconds: Number(sampleCap),
};
const runners: Record<StoreName, (dir: string, plan: CellPlan) => Promise<CellResult>> = {
  ladder: (dir, plan) => runLadder(dir, plan),
  'ladder-v5': (dir, plan) => runLadder(dir, plan, true),
  emmett: runEmmett,
  raw: runRaw,
};
const runner = runners[store as StoreName];
if (runner === undefined) throw new Error(`unknown store ${store}`);
const dir = mkdtempSync(join(tmpdir(), `ladder-bench-${store}-`));
try {
  const result = await runner(dir, plan);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
