import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openLadderStore, REGRADE_PROCESS } from '@ladder/application';
import { getSqliteCheckpointStore } from '@ladder/event-store';
import { pino } from 'pino';
import type { Principal } from './auth/roles';
import { issueToken } from './auth/tokens';
import { loadConfig } from './runtime/config';
import { findDemoCast, publishSeedPolicies, seedDemoCouncil } from './runtime/demo';
import { localSecret } from './runtime/secret';
import { startLadder } from './runtime/start';

// `pnpm start`: Ladder on the embedded SQLite store with the projector and the regrade process
// in-process. The first start seeds a demo council; later starts reuse the data.

const config = loadConfig();
mkdirSync(config.dataDir, { recursive: true });
const logger = pino({ level: config.logLevel });
const local = config.auth === null ? localSecret(config.dataDir) : null;
const auth = config.auth ?? {
  kind: 'hs256' as const,
  secret: local?.secret ?? '',
  maxLifetimeSeconds: config.tokenMaxLifetimeSeconds,
};
// Demo tokens live as long as the server allows, at most 30 days.
const demoLifetime = Math.min(config.tokenMaxLifetimeSeconds, 30 * 86_400);

const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

// Seed before the runtime starts: the generator already applied the regrade process's
// commands to its history, so the process's checkpoint starts after the seeded log.
{
  const { store } = openLadderStore(config.eventStore, config.keys);
  if ((await store.headPosition()) === 0n) {
    const started = Date.now();
    if (config.seedDemo) {
      say(
        `First start: seeding a demo council (${config.demoStaff} staff, ${config.demoYears} years) …`,
      );
      const { events } = await seedDemoCouncil(store, {
        staff: config.demoStaff,
        years: config.demoYears,
        now: new Date(),
      });
      say(`  ${events} events appended in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const checkpoints = getSqliteCheckpointStore({
        path: join(config.dataDir, 'checkpoints.sqlite'),
      });
      await checkpoints.save(REGRADE_PROCESS, await store.headPosition());
      await checkpoints.close();
    } else {
      await publishSeedPolicies(store, new Date());
      say('First start: published the seed policies (no demo council: LADDER_SEED_DEMO=false).');
    }
  }
  await store.close();
}

const runtime = await startLadder({
  eventStore: config.eventStore,
  readModels: config.readModels,
  keys: config.keys,
  personalDataRoles: config.personalDataRoles,
  dataDir: config.dataDir,
  auth,
  signIn: config.signIn,
  logger,
  port: config.port,
  host: config.host,
  bodyLimit: config.bodyLimit,
  laCode: config.laCode,
});
say('Catching up the read models …');
await runtime.settle();

const today = new Date().toISOString().slice(0, 10);
const cast = await findDemoCast(runtime.store, runtime.readDb, today);
const people: Record<string, Principal> = {
  'hr-admin': { id: 'hr-demo', role: 'hr-admin' },
  manager: { id: cast?.managerId ?? 'no-manager-yet', role: 'manager' },
  approver: { id: 'approver-demo', role: 'approver' },
  planner: { id: 'planner-demo', role: 'planner' },
  auditor: { id: 'auditor-demo', role: 'auditor' },
};

say();
say(`Ladder is listening on ${runtime.url}`);
say(
  `  data: ${config.dataDir}   OpenAPI: ${runtime.url}/openapi.json   metrics: ${runtime.url}/metrics`,
);
if (config.signIn.demo) say(`  people: ${runtime.url}/ — sign in as a demo person, one click each`);
if (config.signIn.oidc)
  say(`  people: ${runtime.url}/ — sign in with ${config.signIn.oidc.issuer}`);
if (auth.kind === 'jwks') say(`  tokens are verified against ${auth.url}; bring your own.`);
else {
  if (local?.created)
    say(`  LADDER_JWT_SECRET was unset: generated one, kept in ${config.dataDir}/jwt-secret`);
  say();
  const lasting =
    demoLifetime >= 86_400
      ? `${Math.floor(demoLifetime / 86_400)} days`
      : `${Math.floor(demoLifetime / 60)} minutes`;
  say(`Tokens (HS256, ${lasting}) — paste one line into your shell:`);
  for (const [role, principal] of Object.entries(people)) {
    const variable = `LADDER_${role.replace('-', '_').toUpperCase()}`;
    say(
      `  export ${variable}=${await issueToken(auth.secret, principal, `${demoLifetime}s`)}   # ${role} ${principal.id}`,
    );
  }
}
say();
say('Try:');
say(
  `  curl -s -H "Authorization: Bearer $LADDER_PLANNER" '${runtime.url}/workforce/headcount?asOf=${today}&groupBy=jobFamily,grade'`,
);
if (cast?.reportId) {
  const body = JSON.stringify({
    caseId: `demo-${Date.now().toString(36)}`,
    staffId: cast.reportId,
    jobFamily: cast.family,
    fromGrade: cast.fromGrade,
    toGrade: cast.toGrade,
    ...(cast.vacancyId ? { vacancyId: cast.vacancyId } : {}),
  });
  say(
    `  curl -s -H "Authorization: Bearer $LADDER_MANAGER" -H 'Content-Type: application/json' -d '${body}' ${runtime.url}/regrades`,
  );
  say(
    `  curl -s -H "Authorization: Bearer $LADDER_AUDITOR" '${runtime.url}/staff/${cast.reportId}/eligibility?effectiveOn=${today}'`,
  );
}
say(
  `  curl -s -H "Authorization: Bearer $LADDER_APPROVER" '${runtime.url}/regrades?status=assessed'`,
);
say(`  curl -s -H "Authorization: Bearer $LADDER_AUDITOR" '${runtime.url}/audit/events?limit=5'`);
say(`  curl -s -H "Authorization: Bearer $LADDER_AUDITOR" ${runtime.url}/audit/verification`);

const shutdown = (signal: string) => {
  logger.info({ signal }, 'shutting down');
  runtime.close().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
