import { join } from 'node:path';
import type { Logger } from 'pino';
import {
  openLadderStore,
  publishSeedFrameworks,
  startCaseloadProcess,
  reapplyErasures,
  startLeaverProcess,
  startRegradeProcess,
  type RegradeProcess,
} from '@ladder/application';
import { getSqliteCheckpointStore, type EventStore } from '@ladder/event-store';
import { defaultRetentionSchedule, type RetentionSchedule } from '@ladder/domain';
import {
  allProjections,
  openReadModels,
  projectionLag,
  startRunner,
  type Runner,
} from '@ladder/projections';
import type { Database } from 'better-sqlite3';
import { createApp, type LadderApp } from '../app';
import { oidcAttempts } from '../auth/oidc-attempts';
import { openidConnect } from '../auth/oidc-client';
import { openSessionStore } from '../auth/sessions';
import { defaultSessionLimits, type DemoPerson, type SignInConfig } from '../auth/sign-in';
import { createVerifier, type VerifierConfig } from '../auth/verifier';
import { openIdempotencyStore } from '../http/idempotency';
import { listen, type Listening } from '../http/listen';
import { keepTodaysVerdicts } from './todays-verdicts';
import { webApp } from '../http/web-app';
import { readSideFromProjections } from '../read-side/from-projections';
import { findDemoPeople } from './demo-people';
import { retentionInWorker, retentionJobs } from '../personal-data/retention-jobs';
import { defaultPersonalDataRoles, type PersonalDataRoles } from '../personal-data/services';

export interface RuntimeOptions {
  /** A file path, `sqlite:<path>`, or another scheme `openEventStore` knows. */
  readonly eventStore: string;
  readonly readModels: string;
  /** The embedded key file; by default `keys.sqlite` in the data dir. */
  readonly keys?: string;
  /** Who may ask for, approve and export personal data (default: HR admins). */
  readonly personalDataRoles?: PersonalDataRoles;
  /** The retention schedule (default: `defaultRetentionSchedule`). */
  readonly retentionSchedule?: RetentionSchedule;
  /** Directory for the API's own SQLite file (idempotency keys) and process checkpoints. */
  readonly dataDir: string;
  readonly auth: VerifierConfig;
  /** People's sign-in; absent: no demo, no provider, default session limits. */
  readonly signIn?: SignInConfig;
  readonly logger: Logger;
  readonly port?: number;
  readonly host?: string;
  readonly bodyLimit?: string;
  readonly now?: () => Date;
  /** The DfE local authority number for the census return. */
  readonly laCode?: string | null;
}

/** Everything `pnpm start` runs in one process: store, projector, regrade process, HTTP. */
export interface LadderRuntime {
  readonly url: string;
  readonly store: EventStore;
  readonly readDb: Database;
  readonly runner: Runner;
  readonly regradeProcess: RegradeProcess;
  readonly ladder: LadderApp;
  /** Resolves when the read models and the regrade process have applied the log so far. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export const startLadder = async (options: RuntimeOptions): Promise<LadderRuntime> => {
  // Every read and write goes through the sealing store: personal parts are ciphertext in
  // the log and opened with the person's key (kept apart, in its own file) on the way out.
  const keysFile = options.keys ?? join(options.dataDir, 'keys.sqlite');
  const { store, keys } = openLadderStore(options.eventStore, keysFile);
  // An erasure recorded before a crash let it destroy the keys is finished now.
  await reapplyErasures({ store, keys });
  // The seed career frameworks, where absent (a no-op once published, whatever was revised
  // since): a store from before frameworks were data gets its ladders on its next start.
  await publishSeedFrameworks(store, (options.now ?? (() => new Date()))());
  const readDb = openReadModels(options.readModels);
  const runner = startRunner({
    store,
    db: readDb,
    projections: allProjections,
    // The runner shares the API's event loop: a long backlog is still applied the rebuild's way,
    // but in transactions small enough that a request waits tens of milliseconds, not seconds.
    catchUpBatchSize: 2_000,
    onPoison: (poison) =>
      options.logger.error({ poison }, 'projection stopped on an event it cannot apply'),
  });
  const checkpoints = getSqliteCheckpointStore({
    path: join(options.dataDir, 'checkpoints.sqlite'),
  });
  const regradeProcess = await startRegradeProcess({
    store,
    checkpoints,
    onFailure: (failure) =>
      options.logger.error({ failure }, 'regrade process could not apply a command'),
  });
  // Releases leavers from their manager's span of control (line management is the manager's).
  const leaverProcess = await startLeaverProcess({
    store,
    checkpoints,
    onFailure: (failure) =>
      options.logger.error({ failure }, 'leaver process could not apply a command'),
  });
  // Puts a leaver's cases, and cases a lower grade no longer covers, before their manager.
  const caseloadProcess = await startCaseloadProcess({
    store,
    checkpoints,
    onFailure: (failure) =>
      options.logger.error({ failure }, 'caseload process could not apply a command'),
  });
  const idempotency = openIdempotencyStore(join(options.dataDir, 'api.sqlite'));
  const now = options.now ?? (() => new Date());
  const signIn = options.signIn;
  const limits = signIn?.session ?? defaultSessionLimits;
  const sessions = openSessionStore(join(options.dataDir, 'sessions.sqlite'), limits, now);
  // The demo people, kept once they include the manager: before the read models have caught
  // up with the council there may be none yet, so they are looked for again.
  let demoPeople: readonly DemoPerson[] | undefined;
  const findPeople = async () => {
    if (demoPeople !== undefined) return demoPeople;
    const found = await findDemoPeople(store, readDb, now().toISOString().slice(0, 10));
    if (found.some((p) => p.role === 'manager')) demoPeople = found;
    return found;
  };
  const lag = async (): Promise<number> => {
    const lags = await projectionLag(readDb, store);
    return lags.reduce((max, l) => Math.max(max, Number(l.lag)), 0);
  };
  const web = webApp();
  if (web === null)
    options.logger.warn('the web app is not built (pnpm --filter @ladder/web build): API only');
  const ladder = createApp({
    store,
    laCode: options.laCode ?? null,
    read: readSideFromProjections(readDb, store, runner, {
      eventStore: options.eventStore,
      readModels: options.readModels,
    }),
    verifier: createVerifier(options.auth),
    signIn: {
      sessions,
      limits,
      demoPeople: signIn?.demo === true ? findPeople : null,
      oidc: signIn?.oidc ? openidConnect(signIn.oidc) : null,
      attempts: oidcAttempts(now),
    },
    ...(signIn ? { trustProxy: signIn.trustProxy } : {}),
    idempotency,
    personal: {
      keys,
      roles: options.personalDataRoles ?? defaultPersonalDataRoles,
      schedule: options.retentionSchedule ?? defaultRetentionSchedule,
      retention: retentionJobs(retentionInWorker),
      files: { eventStore: options.eventStore, keys: keysFile },
    },
    logger: options.logger,
    projectionLag: lag,
    // The pages, when services/web has been built (`pnpm start` builds it first).
    ...(web !== null ? { web } : {}),
    gauges: [
      {
        name: 'ladder_regrade_process_failures',
        help: 'Commands the regrade process manager could not apply (kept for operators)',
        value: () => regradeProcess.failures.length,
      },
      {
        name: 'ladder_projection_events_per_second',
        help: 'Events applied per second by the in-process projector, last few seconds',
        value: () => runner.eventsPerSecond(),
      },
    ],
    ...(options.now ? { now: options.now } : {}),
    ...(options.bodyLimit !== undefined ? { bodyLimit: options.bodyLimit } : {}),
  });
  const server: Listening = await listen(
    ladder.app,
    options.port ?? 0,
    options.host ?? '127.0.0.1',
  );
  const todaysVerdicts = keepTodaysVerdicts({
    db: readDb,
    runner,
    now,
    logger: options.logger,
  });
  const settle = async () => {
    // The process manager may write (grade changes) after the projector saw the head: loop.
    for (;;) {
      const head = await store.headPosition();
      await regradeProcess.waitFor(head);
      await leaverProcess.waitFor(head);
      await caseloadProcess.waitFor(head);
      await runner.waitFor(head);
      if ((await store.headPosition()) === head) return;
    }
  };
  return {
    url: server.url,
    store,
    readDb,
    runner,
    regradeProcess,
    ladder,
    settle,
    async close() {
      await server.close();
      await regradeProcess.close();
      await leaverProcess.close();
      await caseloadProcess.close();
      todaysVerdicts.stop();
      await runner.stop();
      await checkpoints.close();
      idempotency.close();
      sessions.close();
      readDb.close();
      await store.close();
    },
  };
};
