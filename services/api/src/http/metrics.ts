import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Per-app registry (tests start many apps in one process). */
export interface Metrics {
  readonly registry: Registry;
  readonly requestDuration: Histogram<'method' | 'route' | 'status'>;
}

/** A number the process knows, exported as a gauge (e.g. the regrade process's failures). */
export interface GaugeSource {
  readonly name: string;
  readonly help: string;
  readonly value: () => number;
}

export const createMetrics = (
  projectionLag: () => Promise<number>,
  gauges: readonly GaugeSource[] = [],
): Metrics => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: 'ladder_http_request_duration_seconds',
    help: 'HTTP request latency by route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Gauge({
    name: 'ladder_projection_lag_events',
    help: 'Events in the log not yet applied by the read models',
    registers: [registry],
    async collect() {
      this.set(await projectionLag());
    },
  });
  for (const g of gauges)
    new Gauge({
      name: g.name,
      help: g.help,
      registers: [registry],
      collect() {
        this.set(g.value());
      },
    });
  return { registry, requestDuration };
};
