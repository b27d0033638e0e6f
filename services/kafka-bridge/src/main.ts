// `pnpm --filter @ladder/kafka-bridge start`: runs the bridge until SIGTERM or SIGINT, then
// stops consuming, lets the relay finish the batch in flight, and exits.
import { startBridge } from './bridge';
import { loadConfig } from './config';
import { jsonLog } from './log';

const bridge = await startBridge(loadConfig(), jsonLog);
let stopping = false;
const shutdown = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  jsonLog('info', 'shutting down', { signal });
  bridge.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      jsonLog('error', 'shutdown failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
