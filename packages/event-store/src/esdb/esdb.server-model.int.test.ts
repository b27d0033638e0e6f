// The server-model checks against the stand-in (the same checks run against a real
// server in `pnpm test:esdb`).
import { startStandin } from '@ladder/esdb-standin';
import { describeServerModelChecks } from '../../test/esdb/server-model.checks';

describeServerModelChecks('stand-in', async () => {
  const standin = await startStandin({ systemEventEvery: 2 });
  return { connectionString: standin.connectionString, cleanup: () => standin.stop() };
});
