// `pnpm --filter @ladder/esdb-standin start`: one stand-in node for manual trials.
// ESDB_STANDIN_PORT picks the port (default: any free one); ESDB_STANDIN_MODE one of
// batch-append | append | no-server-features.
import { startStandin } from './server';
import type { StandinMode } from './server';

const modes: readonly StandinMode[] = ['batch-append', 'append', 'no-server-features'];
const mode = modes.find((m) => m === process.env['ESDB_STANDIN_MODE']) ?? 'batch-append';
const standin = await startStandin({
  mode,
  port: Number(process.env['ESDB_STANDIN_PORT'] ?? 0),
  systemEventEvery: 5,
});
console.log(`EventStoreDB protocol stand-in (NOT EventStoreDB), mode ${mode}`);
console.log(standin.connectionString);
const stop = (): void => {
  void standin.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
