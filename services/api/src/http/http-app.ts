import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { loggedUrl } from './log-url';
import type { SessionStore } from '../auth/sessions';
import type { Verifier } from '../auth/verifier';
import { maxBodyDepth, tooDeepField } from './body-depth';
import { clientErrorOf } from './client-errors';
import { correlationHeader, correlationIdFrom } from './correlation';
import type { IdempotencyStore } from './idempotency';
import { createMetrics, type GaugeSource } from './metrics';
import { hasBody, isCsvMediaType, judgeMediaType } from './media-type';
import { mountRoutes } from './mount';
import { buildOpenApi } from './openapi';
import { apiError, apiErrorCodes, problemTypeOf, statusOf, titleOf } from './problem';
import type { Route } from './route';
import { sendProblem } from './send';

export interface Readiness {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, unknown>>;
}

export interface HttpAppDeps {
  readonly routes: readonly Route[];
  readonly verifier: Verifier;
  readonly sessions: SessionStore;
  readonly idempotency: IdempotencyStore;
  readonly logger: Logger;
  /** Express's `trust proxy`: which proxies' X-Forwarded-Proto to believe (for Secure cookies). */
  readonly trustProxy?: boolean | number | string;
  readonly readiness: () => Promise<Readiness>;
  /** Events not yet applied by the read models (for /metrics). */
  readonly projectionLag: () => Promise<number>;
  /** JSON body limit (express/body-parser syntax); larger bodies get 413. */
  readonly bodyLimit?: string;
  readonly gauges?: readonly GaugeSource[];
  readonly info?: { readonly title: string; readonly version: string };
  /** The web app's pages and assets (web-app.ts), served before the API's routes. */
  readonly web?: RequestHandler;
}

/** The generic edge: logging, correlation ids, metrics, health, OpenAPI, routes, problem errors. */
export const createHttpApp = (deps: HttpAppDeps): express.Express => {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // ETags are stream revisions, set by routes, never body hashes.
  app.set('trust proxy', deps.trustProxy ?? false);
  const metrics = createMetrics(deps.projectionLag, deps.gauges);
  const openApi = buildOpenApi(deps.routes, deps.info ?? { title: 'Ladder API', version: '0.1.0' });

  const correlate: RequestHandler = (req, res, next) => {
    const id = correlationIdFrom(req.headers[correlationHeader]);
    res.locals['correlationId'] = id;
    res.setHeader('X-Correlation-Id', id);
    next();
  };
  const logging = pinoHttp({
    logger: deps.logger,
    genReqId: (_req, res) => String(res.getHeader('X-Correlation-Id')),
    customAttributeKeys: { reqId: 'correlationId' },
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      // Tokens never reach the logs: nor cookies, nor the provider's one-time code and state;
      // nor personal data (a searched name).
      req: (req: { method: string; url: string }) => ({
        method: req.method,
        url: loggedUrl(req.url),
      }),
      // Nor the answer's headers: Set-Cookie holds session ids, Location the provider's state.
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  const withLog: RequestHandler = (req, res, next) => {
    res.locals['log'] = req.log;
    next();
  };
  const timing: RequestHandler = (req, res, next) => {
    const end = metrics.requestDuration.startTimer();
    res.on('finish', () => {
      const route: unknown = (req.route as { path?: unknown } | undefined)?.path;
      end({
        method: req.method,
        route: typeof route === 'string' ? `${req.baseUrl}${route}` : 'unmatched',
        status: String(res.statusCode),
      });
    });
    next();
  };
  const mediaType: RequestHandler = (req, res, next) => {
    if (!hasBody(req.headers)) return next();
    const verdict = judgeMediaType(req.headers['content-type']);
    // A CSV file is passed on unread: only a route that consumes one takes it (mount.ts).
    if (verdict !== 'json' && !isCsvMediaType(req.headers['content-type']))
      return sendProblem(
        res,
        apiError(
          'unsupported-media-type',
          verdict === 'not-utf-8'
            ? 'send the body as UTF-8 (charset=utf-8 or no charset)'
            : 'send the body as application/json',
        ),
        req.originalUrl,
      );
    next();
  };
  const depth: RequestHandler = (req, res, next) => {
    const field = tooDeepField(req.body);
    if (field === null) return next();
    const message = `is nested deeper than ${maxBodyDepth} levels`;
    sendProblem(
      res,
      apiError('validation', `${field} ${message}`, {
        field,
        errors: [{ in: 'body', field, message }],
      }),
      req.originalUrl,
    );
  };

  app.use(correlate, logging, withLog, timing);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const r = await deps.readiness();
    res.status(r.ready ? 200 : 503).json({ status: r.ready ? 'ready' : 'not-ready', ...r.checks });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  // Problem `type`s are relative URIs; each resolves to what it means.
  app.get('/problems/:code', (req, res, next) => {
    const code = apiErrorCodes.find((c) => c === req.params['code']);
    if (code === undefined) return next();
    res.json({ type: problemTypeOf(code), code, title: titleOf[code], status: statusOf[code] });
  });
  if (deps.web !== undefined) app.use(deps.web);
  app.use(
    mediaType,
    express.json({ limit: deps.bodyLimit ?? '64kb', strict: true, type: 'application/json' }),
    depth,
  );
  const router = express.Router();
  mountRoutes(router, deps.routes, deps);
  app.use(router);

  app.use((req, res) => {
    sendProblem(
      res,
      apiError('not-found', `no route for ${req.method} ${req.path}`),
      req.originalUrl,
    );
  });
  const onError: ErrorRequestHandler = (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    const encoding = req.headers['content-encoding'];
    const refused = clientErrorOf(err, { contentEncoding: encoding });
    if (refused !== null) return sendProblem(res, refused, req.originalUrl);
    // The stack goes to the log only; the caller gets the correlation id to quote.
    req.log.error({ err }, 'unhandled error');
    sendProblem(
      res,
      apiError('internal', 'something went wrong; quote the correlation id'),
      req.originalUrl,
    );
  };
  app.use(onError);
  return app;
};
