// Structured logs (pino) with a request id, and Prometheus metrics on /metrics.
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { pino, type Logger } from 'pino';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RequestContext } from './graphql/context.js';

export function createLogger(env: string): Logger {
  // One JSON line per event; in development only warnings and errors, to keep `npm start` readable.
  const options = { level: process.env.LOG_LEVEL ?? (env === 'production' ? 'info' : env === 'test' ? 'silent' : 'warn'), base: { service: 'opencrcn' } };
  // In production a line per request: written asynchronously, so that lines logged while a write is under way leave
  // together (pino flushes what is left when the process exits).
  return env === 'production' ? pino(options, pino.destination({ sync: false })) : pino(options);
}

export interface Metrics {
  registry: Registry;
  requestDuration: Histogram<'operation' | 'outcome'>;
  answersStored: Counter;
  requestsShed: Counter;
  /** Reports, at each scrape, how many GraphQL requests are being worked on. */
  watchInFlight(count: () => number): void;
}

export function createMetrics(orm: MikroORM): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'opencrcn_' });
  const requestDuration = new Histogram({
    name: 'opencrcn_graphql_request_duration_seconds', help: 'Durée des requêtes GraphQL', labelNames: ['operation', 'outcome'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [registry],
  });
  const answersStored = new Counter({ name: 'opencrcn_answers_stored_total', help: 'Réponses enregistrées', registers: [registry] });
  const requestsShed = new Counter({ name: 'opencrcn_graphql_requests_shed_total', help: 'Requêtes GraphQL refusées (503 SERVER_BUSY) : instance à pleine charge', registers: [registry] });
  let inFlight = () => 0;
  new Gauge({ name: 'opencrcn_graphql_requests_in_flight', help: 'Requêtes GraphQL en cours de traitement', registers: [registry], collect() { this.set(inFlight()); } });
  new Gauge({
    name: 'opencrcn_jobs_queued', help: 'Tâches de fond en attente', registers: [registry],
    async collect() {
      try {
        const [row] = await orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from pgboss.job where state in ('created', 'retry')`);
        this.set(Number(row?.n ?? 0));
      } catch {
        this.set(0); // no job queue schema (yet)
      }
    },
  });
  return { registry, requestDuration, answersStored, requestsShed, watchInFlight: (count) => { inFlight = count; } };
}

/** Logs each operation with its request id and duration, and feeds the latency histogram. */
export function observabilityPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const outcome = errors?.length ? 'error' : 'ok';
          metrics.requestDuration.observe({ operation: operationName ?? 'anonyme', outcome }, seconds);
          logger.info({ requestId: contextValue.requestId, operation: operationName, ms: Math.round(seconds * 1000), outcome, errors: errors?.map((e) => e.extensions?.code) }, 'graphql');
        },
      };
    },
  };
}

export function registerMetricsRoute(app: Express, metrics: Metrics): void {
  app.get('/metrics', async (req, res) => {
    const token = process.env.METRICS_TOKEN;
    if (token && req.headers.authorization !== `Bearer ${token}`) return void res.status(401).end();
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.end(await metrics.registry.metrics());
  });
}
