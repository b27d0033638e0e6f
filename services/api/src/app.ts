import type { Express, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { EventStore } from '@ladder/event-store';
import type { SignInServices } from './auth/sign-in';
import type { Verifier } from './auth/verifier';
import { createHttpApp } from './http/http-app';
import type { IdempotencyStore } from './http/idempotency';
import type { GaugeSource } from './http/metrics';
import type { Route } from './http/route';
import type { PersonalDataServices } from './personal-data/services';
import type { ReadSide } from './read-side/read-side';
import { ladderRoutes } from './routes';
import type { LadderServices } from './services';

export interface AppDeps {
  readonly store: EventStore;
  /** The read models (planner and auditor queries). */
  readonly read: ReadSide;
  /** Personal data: keys, roles, retention (see routes/personal-data.ts). */
  readonly personal: PersonalDataServices;
  readonly verifier: Verifier;
  /** People's sign-in: sessions, the demo people, the identity provider. */
  readonly signIn: SignInServices;
  /** Express's `trust proxy` (for Secure cookies behind a TLS-terminating proxy). */
  readonly trustProxy?: boolean | number | string;
  readonly idempotency: IdempotencyStore;
  readonly logger: Logger;
  /** Events the read models have not applied yet. */
  readonly projectionLag: () => Promise<number>;
  /** The clock commands are stamped with (tests pin it). */
  readonly now?: () => Date;
  /** The DfE local authority number the census return carries (`LADDER_LA_CODE`). */
  readonly laCode?: string | null;
  readonly bodyLimit?: string;
  readonly gauges?: readonly GaugeSource[];
  /** The web app's pages (http/web-app.ts); none for an API-only app. */
  readonly web?: RequestHandler;
}

export interface LadderApp {
  readonly app: Express;
  readonly routes: readonly Route[];
  readonly services: LadderServices;
}

/** The Ladder HTTP API over one store and its read models. */
export const createApp = (deps: AppDeps): LadderApp => {
  const now = deps.now ?? (() => new Date());
  const services: LadderServices = {
    store: deps.store,
    read: deps.read,
    now,
    laCode: deps.laCode ?? null,
    personal: deps.personal,
  };
  const routes = ladderRoutes(services, deps.signIn);
  const app = createHttpApp({
    routes,
    verifier: deps.verifier,
    sessions: deps.signIn.sessions,
    ...(deps.trustProxy !== undefined ? { trustProxy: deps.trustProxy } : {}),
    idempotency: deps.idempotency,
    logger: deps.logger,
    projectionLag: deps.projectionLag,
    ...(deps.bodyLimit !== undefined ? { bodyLimit: deps.bodyLimit } : {}),
    ...(deps.gauges !== undefined ? { gauges: deps.gauges } : {}),
    ...(deps.web !== undefined ? { web: deps.web } : {}),
    readiness: async () => {
      try {
        const head = await deps.store.headPosition();
        const lag = await deps.projectionLag();
        return {
          ready: lag === 0,
          checks: { store: 'reachable', head: head.toString(), projectionLag: lag },
        };
      } catch (error) {
        return {
          ready: false,
          checks: { store: error instanceof Error ? error.message : 'unreachable' },
        };
      }
    },
  });
  return { app, routes, services };
};
