// HTTP crash probe child: a Ladder server over the data directory given, on a free port.
// Prints "ready <url>" once it listens; the probe SIGKILLs it while commands are in flight.
import { join } from 'node:path';
import { pino } from 'pino';
import { startLadder } from '../../src/runtime/start';

const [dataDir = '', secret = ''] = process.argv.slice(2);
const runtime = await startLadder({
  eventStore: join(dataDir, 'events.sqlite'),
  readModels: join(dataDir, 'read-models.sqlite'),
  dataDir,
  auth: { kind: 'hs256', secret },
  logger: pino({ level: 'silent' }),
});
process.stdout.write(`ready ${runtime.url}\n`);
