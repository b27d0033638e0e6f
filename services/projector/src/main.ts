import { openEventStore } from '@ladder/event-store';
import { redactSecrets } from '@ladder/event-store/settings';
import { describePoison } from '@ladder/projections';
import { loadConfig } from './config';
import { startProjector } from './projector';

// The projector process: follows the log chosen by LADDER_STORE into LADDER_READ_MODELS,
// logging one JSON line per report; SIGTERM/SIGINT stop it after the current batch.

const log = (fields: Record<string, unknown>): void => {
  process.stdout.write(
    `${JSON.stringify(
      { time: new Date().toISOString(), service: 'projector', ...fields },
      (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
    )}\n`,
  );
};

const config = loadConfig();
// Personal parts are opened with the keys (the directory keeps names for HR's search); the
// projector never writes, so it names no key to seal with.
const store = openEventStore(config.store, { keys: config.keys });
const projector = startProjector({
  store,
  readModels: config.readModels,
  batchSize: config.batchSize,
  catchUpThreshold: config.catchUpThreshold,
  catchUpBatchSize: config.catchUpBatchSize,
  onPoison: (poison) => log({ level: 'error', msg: describePoison(poison), poison }),
});
log({
  level: 'info',
  msg: 'projector started',
  store: redactSecrets(config.store),
  readModels: config.readModels,
});

const report = async () => {
  const lag = await projector.lag();
  log({
    level: 'info',
    msg: 'lag',
    eventsPerSecond: Math.round(projector.eventsPerSecond()),
    projections: lag,
  });
};

void projector.caughtUp.then(async () => {
  log({ level: 'info', msg: 'caught up' });
  await report();
});
const timer =
  config.reportEveryMs > 0 ? setInterval(() => void report(), config.reportEveryMs) : undefined;

const shutdown = async (signal: string) => {
  if (timer !== undefined) clearInterval(timer);
  log({ level: 'info', msg: `stopping on ${signal}` });
  await projector.stop();
  await store.close();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));

projector.done.catch(async (error: unknown) => {
  log({
    level: 'fatal',
    msg: 'the event store failed',
    error: error instanceof Error ? error.message : String(error),
  });
  await store.close();
  process.exit(1);
});
